rule "sns-topic-encrypted" {
  id       = "ENC023"
  title    = "SNS topics encrypt messages at rest"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_sns_topic"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Unlike SQS, SNS does not encrypt topics unless a KMS key is named. The AWS managed key
  # (alias/aws/sns) is accepted here; a customer managed key is needed only when publishers
  # are AWS services (CloudWatch alarms, EventBridge, S3 events), which cannot use the AWS
  # managed key.
  assert   = is_set(self.kms_master_key_id)
  location = "kms_master_key_id"

  message     = "the topic does not encrypt messages at rest (no kms_master_key_id)"
  remediation = "Set kms_master_key_id to \"alias/aws/sns\" or, when AWS services publish to the topic, to a customer managed key whose policy allows them."
  why         = <<-EOT
    SNS stores each message until every subscriber has received it, retrying for hours or
    days for failing endpoints. Topics carry notifications, alerts and application events that
    often include personal data or identifiers, and SNS stores them unencrypted unless the
    topic names a KMS key.
  EOT
}
