rule "kendra-index-encrypted-with-cmk" {
  id       = "ENC086"
  title    = "Kendra indexes are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_kendra_index"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Kendra always encrypts indexes, with an AWS owned key unless
  # server_side_encryption_configuration names one.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = anytrue([
    for s in coalesce(self.server_side_encryption_configuration, []) : (is_set(s.kms_key_id) && !(is_known(s.kms_key_id) && (startswith(s.kms_key_id, "alias/aws/") || strcontains(s.kms_key_id, ":alias/aws/"))))
  ])
  location = "server_side_encryption_configuration"

  message     = "the index is encrypted with an AWS owned key, not a customer managed key"
  remediation = "Add server_side_encryption_configuration { kms_key_id = <customer managed key ARN> }. It can only be set when the index is created."
  why         = <<-EOT
    A Kendra index holds the text of every document it has crawled. It is encrypted with an AWS
    owned key unless a customer managed key is named, which the account can audit and revoke.
    Policy-dependent: preset "all".
  EOT
}
