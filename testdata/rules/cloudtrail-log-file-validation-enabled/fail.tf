resource "aws_cloudtrail" "no_validation" { # expect: cloudtrail-log-file-validation-enabled
  name           = "no-validation"
  s3_bucket_name = "audit-trail"
}

resource "aws_cloudtrail" "disabled_validation" {
  name                       = "disabled-validation"
  s3_bucket_name             = "audit-trail"
  enable_log_file_validation = false # expect: cloudtrail-log-file-validation-enabled
}
