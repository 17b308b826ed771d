resource "aws_kinesis_firehose_delivery_stream" "owned" {
  name        = "owned"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::acme-events"
  }
  server_side_encryption { # expect: firehose-encrypted-with-cmk
    enabled = true
  }
}

resource "aws_kinesis_firehose_delivery_stream" "aws_alias" {
  name        = "aws-alias"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::acme-events"
  }
  server_side_encryption { # expect: firehose-encrypted-with-cmk
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = "arn:aws:kms:eu-west-1:111122223333:alias/aws/firehose"
  }
}
