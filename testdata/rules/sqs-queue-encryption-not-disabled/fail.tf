resource "aws_sqs_queue" "opted_out" {
  name                    = "opted-out"
  sqs_managed_sse_enabled = false # expect: sqs-queue-encryption-not-disabled
}

locals {
  managed_sse = false
}

resource "aws_sqs_queue" "from_local" {
  name                    = "from-local.fifo"
  fifo_queue              = true
  sqs_managed_sse_enabled = local.managed_sse # expect: sqs-queue-encryption-not-disabled
  kms_master_key_id       = null
}
