resource "aws_kinesis_stream" "clicks" { # expect: kinesis-stream-encrypted
  name             = "clicks"
  retention_period = 48
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

variable "streams" {
  type = map(string)
  default = {
    orders  = "KMS"
    metrics = "NONE"
  }
}

resource "aws_kinesis_stream" "each" {
  for_each        = var.streams
  name            = each.key
  shard_count     = 1
  encryption_type = each.value # expect: kinesis-stream-encrypted
  kms_key_id      = each.value == "KMS" ? "alias/aws/kinesis" : null
}
