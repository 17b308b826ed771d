resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_kinesis_stream" "cmk" {
  name            = "cmk"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.data.arn
}

resource "aws_kinesis_stream" "plain" {
  name        = "plain"
  shard_count = 1
}
