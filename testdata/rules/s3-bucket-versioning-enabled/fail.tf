resource "aws_s3_bucket" "unversioned" { # expect: s3-bucket-versioning-enabled
  bucket = "unversioned"
}

resource "aws_s3_bucket" "inline_disabled" {
  bucket = "inline-disabled"

  versioning { # expect: s3-bucket-versioning-enabled
    enabled = false
  }
}

resource "aws_s3_bucket" "suspended" { # expect: s3-bucket-versioning-enabled
  bucket = "suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended"
  }
}

variable "versioning_status" {
  default = "Disabled"
}

resource "aws_s3_bucket" "per_team" { # expect: s3-bucket-versioning-enabled
  for_each = toset(["analytics", "finance"])
  bucket   = "team-${each.key}"
}

resource "aws_s3_bucket_versioning" "per_team" {
  for_each = toset(["analytics", "finance"])
  bucket   = aws_s3_bucket.per_team[each.key].id
  versioning_configuration {
    status = var.versioning_status
  }
}
