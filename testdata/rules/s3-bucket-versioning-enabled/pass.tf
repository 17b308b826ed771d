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
