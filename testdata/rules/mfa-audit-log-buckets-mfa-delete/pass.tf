resource "aws_s3_bucket" "protected_trail" {
  bucket = "acme-protected-trail"
}

resource "aws_s3_bucket_versioning" "protected_trail" {
  bucket = aws_s3_bucket.protected_trail.id
  mfa    = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_cloudtrail" "protected" {
  name           = "protected"
  s3_bucket_name = aws_s3_bucket.protected_trail.id
}

# Object Lock instead of MFA delete.
resource "aws_s3_bucket" "locked_logs" {
  bucket              = "acme-locked-logs"
  object_lock_enabled = true
}

resource "aws_s3_bucket_logging" "app" {
  bucket        = "acme-app"
  target_bucket = aws_s3_bucket.locked_logs.id
  target_prefix = "app/"
}

resource "aws_s3_bucket" "legacy_logs" {
  bucket = "acme-legacy-logs"
  versioning {
    enabled    = true
    mfa_delete = true
  }
}

resource "aws_cloudtrail" "legacy" {
  name           = "legacy"
  s3_bucket_name = aws_s3_bucket.legacy_logs.bucket
}

# Not a log target.
resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
}
