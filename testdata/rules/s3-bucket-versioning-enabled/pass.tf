variable "status_input" {
  type = string
}

resource "aws_s3_bucket" "inline" {
  bucket = "inline"
  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket" "split" {
  bucket = "split"
}

resource "aws_s3_bucket_versioning" "split" {
  bucket = aws_s3_bucket.split.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Object Lock turns versioning on by itself.
resource "aws_s3_bucket" "locked" {
  bucket              = "locked"
  object_lock_enabled = true
}

resource "aws_s3_bucket" "unknown_status" {
  bucket = "unknown-status"
}

resource "aws_s3_bucket_versioning" "unknown_status" {
  bucket = aws_s3_bucket.unknown_status.id
  versioning_configuration {
    status = var.status_input
  }
}

resource "aws_s3_bucket" "disabled" {
  count  = 0
  bucket = "never"
}

# A suspended versioning resource is reported on its status by
# s3-bucket-versioning-not-suspended, not on the bucket.
resource "aws_s3_bucket" "suspended" {
  bucket = "suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended"
  }
}
