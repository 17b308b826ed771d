# AWS provider v4+: encryption in its own resource.
resource "aws_s3_bucket" "encrypted_split" {
  bucket = "data"
}

# Provider v3 style inline block.
resource "aws_s3_bucket" "encrypted_inline" {
  bucket = "inline"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

# No instances at all: nothing to report.
resource "aws_s3_bucket" "disabled" {
  count  = 0
  bucket = "never"
}
