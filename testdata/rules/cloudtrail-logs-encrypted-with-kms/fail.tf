resource "aws_cloudtrail" "plain" { # expect: cloudtrail-logs-encrypted-with-kms
  name           = "plain"
  s3_bucket_name = "audit-trail"
}
