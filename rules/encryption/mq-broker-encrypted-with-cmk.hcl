rule "mq-broker-encrypted-with-cmk" {
  id       = "ENC039"
  title    = "Amazon MQ brokers encrypt data with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_mq_broker"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Always encrypted at rest. RabbitMQ brokers only support AWS owned keys and are not
  # judged.
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  assert   = lower(coalesce(self.engine_type, "")) == "rabbitmq" || self.encryption_options != null && anytrue([
    for e in self.encryption_options : e.use_aws_owned_key == false && (is_set(e.kms_key_id) && !(is_known(e.kms_key_id) && (startswith(e.kms_key_id, "alias/aws/") || strcontains(e.kms_key_id, ":alias/aws/"))))
  ])
  location = "encryption_options"

  message     = "the broker encrypts messages with a key AWS owns or manages, not a customer managed key"
  remediation = "Add encryption_options { use_aws_owned_key = false, kms_key_id = <customer managed key ARN> } (ActiveMQ; RabbitMQ brokers accept only AWS owned keys)."
  why         = <<-EOT
    Amazon MQ always encrypts message data at rest, with a key AWS owns by default. For
    ActiveMQ brokers a customer managed key can be named so the key policy, audited in
    CloudTrail, controls who can read stored messages. Policy-dependent: preset "all".
  EOT
}
