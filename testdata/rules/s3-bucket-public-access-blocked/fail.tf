resource "aws_s3_bucket" "no_block" { # expect: s3-bucket-public-access-blocked
  bucket = "no-block"
}

resource "aws_s3_bucket" "partial" { # expect: s3-bucket-public-access-blocked
  bucket = "partial"
}

resource "aws_s3_bucket_public_access_block" "partial" {
  bucket                  = aws_s3_bucket.partial.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# restrict_public_buckets defaults to false.
resource "aws_s3_bucket" "missing_setting" { # expect: s3-bucket-public-access-blocked
  bucket = "missing-setting"
}

resource "aws_s3_bucket_public_access_block" "missing_setting" {
  bucket              = aws_s3_bucket.missing_setting.id
  block_public_acls   = true
  block_public_policy = true
  ignore_public_acls  = true
}
