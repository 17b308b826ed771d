resource "aws_cloudtrail" "encrypted" {
  name           = "encrypted"
  s3_bucket_name = "audit-trail"
  kms_key_id     = aws_kms_key.trail.arn
}

resource "aws_kms_key" "trail" {
  description = "trail"
}
