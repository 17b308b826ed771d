resource "aws_s3_bucket" "suspended" {
  bucket = "suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended" # expect: s3-bucket-versioning-not-suspended
  }
}

variable "versioning_status" {
  default = "Disabled"
}

resource "aws_s3_bucket" "per_team" {
  for_each = toset(["analytics", "finance"])
  bucket   = "team-${each.key}"
}

resource "aws_s3_bucket_versioning" "per_team" {
  for_each = aws_s3_bucket.per_team
  bucket   = each.value.id
  versioning_configuration {
    status = var.versioning_status # expect: s3-bucket-versioning-not-suspended
  }
}

variable "versioning" {
  type    = map(string)
  default = { enabled = "false" }
}

# The pattern of reusable modules: a map input turned into a status.
resource "aws_s3_bucket_versioning" "from_map" {
  bucket = "from-map"
  versioning_configuration {
    status = try(tobool(var.versioning["enabled"]) ? "Enabled" : "Suspended", var.versioning["status"]) # expect: s3-bucket-versioning-not-suspended
  }
}
