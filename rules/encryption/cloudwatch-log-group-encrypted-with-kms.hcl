rule "cloudwatch-log-group-encrypted-with-kms" {
  id       = "ENC007"
  title    = "CloudWatch log groups are encrypted with a KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_cloudwatch_log_group"]
  criteria = {
    soc2 = ["CC6.1", "CC7.3"]
    sox  = ["ITGC-AC"]
  }

  # CloudWatch Logs encrypts every log group at rest whatever the configuration says, so a
  # log group without kms_key_id is not unencrypted: this asks only for the customer managed
  # key, which is a policy choice (preset "all").
  assert   = is_set(self.kms_key_id)
  location = "kms_key_id"

  message     = "the log group does not name a KMS key (kms_key_id)"
  remediation = "Set kms_key_id to a customer managed KMS key whose key policy allows the CloudWatch Logs service principal for this region."
  why         = <<-EOT
    CloudWatch Logs always encrypts stored log events at rest, with keys the service manages,
    so the data is never stored in clear. But anyone with read access to the log group can
    read them. A customer managed key adds a second, separately
    controlled and audited permission, and lets the data be made unreadable by disabling the
    key. Logs often contain personal data, tokens and request payloads.
  EOT
}
