resource "aws_kinesis_firehose_delivery_stream" "direct" { # expect: firehose-delivery-stream-encrypted
  name        = "direct"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::acme-landing"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "direct_off" {
  name        = "direct-off"
  destination = "extended_s3"
  server_side_encryption {
    enabled = false # expect: firehose-delivery-stream-encrypted
  }
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::acme-landing"
  }
}
