resource "aws_s3_bucket" "trail_logs" { # expect: cloudtrail-bucket-object-lock-enabled
  bucket = "acme-trail-logs"
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail_logs.id
}

variable "lock_logs" {
  default = false
}

resource "aws_s3_bucket" "org_trail_logs" {
  bucket              = "acme-org-trail-logs"
  object_lock_enabled = var.lock_logs # expect: cloudtrail-bucket-object-lock-enabled
}

locals {
  trail_bucket = aws_s3_bucket.org_trail_logs.bucket
}

resource "aws_cloudtrail" "organization" {
  name                  = "organization"
  s3_bucket_name        = local.trail_bucket
  is_organization_trail = true
}
