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

# Destinations of access logs hold logs, not data: they are not asked to log themselves.
resource "aws_s3_bucket" "lb_logs" {
  bucket = "acme-lb-logs"
}

resource "aws_lb" "front" {
  name               = "front"
  load_balancer_type = "application"

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = true
  }
}

resource "aws_s3_bucket" "inline_target" {
  bucket = "acme-inline-target"
}

resource "aws_s3_bucket" "logs_inline" {
  bucket = "acme-logs-inline"

  logging {
    target_bucket = aws_s3_bucket.inline_target.id
  }
}
