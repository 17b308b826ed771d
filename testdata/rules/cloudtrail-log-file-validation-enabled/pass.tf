resource "aws_cloudtrail" "validated" {
  name                       = "validated"
  s3_bucket_name             = "audit-trail"
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "disabled" {
  count          = 0
  name           = "never"
  s3_bucket_name = "audit-trail"
}
