resource "aws_s3_bucket" "trail" { # expect: mfa-audit-log-buckets-mfa-delete
  bucket = "acme-cloudtrail"
}

resource "aws_s3_bucket_versioning" "trail" {
  bucket = aws_s3_bucket.trail.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled"
  }
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}

# Inline versioning without MFA delete.
resource "aws_s3_bucket" "access_logs" { # expect: mfa-audit-log-buckets-mfa-delete
  bucket = "acme-access-logs"
  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "data/"
}

resource "aws_s3_bucket" "config_history" { # expect: mfa-audit-log-buckets-mfa-delete
  bucket = "acme-config"
}

resource "aws_config_delivery_channel" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.config_history.bucket
}

resource "aws_s3_bucket" "flow_logs" { # expect: mfa-audit-log-buckets-mfa-delete
  bucket = "acme-flow-logs"
}

resource "aws_flow_log" "vpc" {
  vpc_id               = "vpc-0123456789abcdef0"
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}
