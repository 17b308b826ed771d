resource "aws_cloudtrail" "plain" { # expect: cloudtrail-logs-encrypted-with-kms
  name           = "plain"
  s3_bucket_name = "audit-trail"
}

# A literal AWS managed alias is not a customer managed key.
resource "aws_cloudtrail" "aws_alias" {
  name           = "aws-alias"
  s3_bucket_name = "audit-trail"
  kms_key_id     = "arn:aws:kms:eu-west-1:111122223333:alias/aws/cloudtrail" # expect: cloudtrail-logs-encrypted-with-kms
}
