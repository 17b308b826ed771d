rule "sqs-queue-encryption-not-disabled" {
  id       = "ENC024"
  title    = "SQS queues keep server-side encryption"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_sqs_queue"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # New queues have been encrypted with SQS-owned keys (SSE-SQS) by default since late 2022,
  # so an unset sqs_managed_sse_enabled is fine. Only a queue that switches SSE-SQS off and
  # names no KMS key (SSE-KMS) stores messages unencrypted.
  assert   = self.sqs_managed_sse_enabled != false || is_set(self.kms_master_key_id)
  location = "sqs_managed_sse_enabled"

  message     = "the queue switches off SQS-managed encryption (sqs_managed_sse_enabled = false) without a KMS key"
  remediation = "Remove sqs_managed_sse_enabled = false (or set it to true), or set kms_master_key_id to use SSE-KMS."
  why         = <<-EOT
    Messages wait in a queue for up to fourteen days and often carry order, payment or user
    data between services. SQS encrypts new queues by default; a queue that opts out without
    naming a KMS key keeps all of it unencrypted at rest.
  EOT

  fix {
    title = "Set sqs_managed_sse_enabled = true"
    set {
      sqs_managed_sse_enabled = true
    }
  }
}
