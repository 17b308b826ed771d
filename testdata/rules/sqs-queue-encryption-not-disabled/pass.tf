# Unset: SSE-SQS by default.
resource "aws_sqs_queue" "default" {
  name = "default"
}

resource "aws_sqs_queue" "managed" {
  name                    = "managed"
  sqs_managed_sse_enabled = true
}

# SSE-KMS instead of SSE-SQS.
resource "aws_sqs_queue" "kms" {
  name                              = "kms"
  sqs_managed_sse_enabled           = false
  kms_master_key_id                 = "alias/aws/sqs"
  kms_data_key_reuse_period_seconds = 300
}

variable "managed_sse" {
  type = bool
}

resource "aws_sqs_queue" "unknown" {
  name                    = "unknown"
  sqs_managed_sse_enabled = var.managed_sse
}
