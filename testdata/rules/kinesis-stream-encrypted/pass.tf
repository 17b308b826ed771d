resource "aws_kinesis_stream" "managed_key" {
  name            = "managed-key"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

resource "aws_kms_key" "stream" {
  description         = "stream"
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "cmk" {
  name            = "cmk"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.stream.arn
}

variable "encryption_type" {
  type = string
}

resource "aws_kinesis_stream" "unknown" {
  name            = "unknown"
  shard_count     = 1
  encryption_type = var.encryption_type
}
