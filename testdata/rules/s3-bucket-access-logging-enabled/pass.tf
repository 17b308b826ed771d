resource "aws_s3_bucket" "access_logs" {
  bucket = "access-logs"
}

# Provider v4+ style.
resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "data/"
}

resource "aws_s3_bucket" "indexed" {
  count  = 1
  bucket = "indexed"
}

resource "aws_s3_bucket_logging" "indexed" {
  bucket        = aws_s3_bucket.indexed[0].id
  target_bucket = aws_s3_bucket.access_logs.id
}

# Provider v3 style inline block.
resource "aws_s3_bucket" "inline" {
  bucket = "inline"
  logging {
    target_bucket = "access-logs"
    target_prefix = "inline/"
  }
}

# A v3 log bucket recognised by its ACL.
resource "aws_s3_bucket" "legacy_log_bucket" {
  bucket = "legacy-logs"
  acl    = "log-delivery-write"
}
