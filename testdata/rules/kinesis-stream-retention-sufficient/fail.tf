resource "aws_kinesis_stream" "default_retention" { # expect: kinesis-stream-retention-sufficient
  name        = "clicks"
  shard_count = 1
}

variable "retention_hours" {
  default = 48
}

resource "aws_kinesis_stream" "two_days" {
  name             = "orders"
  retention_period = var.retention_hours # expect: kinesis-stream-retention-sufficient
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}
