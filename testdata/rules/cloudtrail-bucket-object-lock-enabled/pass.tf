resource "aws_s3_bucket" "locked_trail_logs" {
  bucket              = "acme-locked-trail-logs"
  object_lock_enabled = true
}

resource "aws_cloudtrail" "locked" {
  name           = "locked"
  s3_bucket_name = aws_s3_bucket.locked_trail_logs.id
}

# Object Lock enabled on an existing bucket by its own resource.
resource "aws_s3_bucket" "retrofitted_trail_logs" {
  bucket = "acme-retrofitted-trail-logs"
}

resource "aws_s3_bucket_object_lock_configuration" "retrofitted" {
  bucket = aws_s3_bucket.retrofitted_trail_logs.id
  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = 365
    }
  }
}

resource "aws_cloudtrail" "retrofitted" {
  name           = "retrofitted"
  s3_bucket_name = aws_s3_bucket.retrofitted_trail_logs.id
}

# Not a trail's bucket: not judged.
resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
}
