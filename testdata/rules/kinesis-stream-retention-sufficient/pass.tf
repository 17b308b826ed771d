variable "retention_from_caller" {
  type = number
}

resource "aws_kinesis_stream" "week" {
  name             = "audit-events"
  shard_count      = 2
  retention_period = 168
}

resource "aws_kinesis_stream" "caller_decides" {
  name             = "caller"
  shard_count      = 1
  retention_period = var.retention_from_caller
}
