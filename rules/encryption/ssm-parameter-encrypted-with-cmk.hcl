rule "ssm-parameter-encrypted-with-cmk" {
  id       = "ENC074"
  title    = "SSM SecureString parameters are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_ssm_parameter"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only SecureString parameters are encrypted at all; String and StringList are plain by design
  # (secrets in them are a different concern). Without key_id the AWS managed key alias/aws/ssm
  # is used.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = upper(coalesce(self.type, "")) != "SECURESTRING" || (is_set(self.key_id) && !(is_known(self.key_id) && (startswith(self.key_id, "alias/aws/") || strcontains(self.key_id, ":alias/aws/"))))
  location = "key_id"

  message     = "the SecureString parameter is encrypted with the AWS managed key alias/aws/ssm"
  remediation = "Set key_id to a customer managed KMS key whose policy grants decrypt only to the readers of the parameter."
  why         = <<-EOT
    Parameter Store encrypts SecureString values with the AWS managed key alias/aws/ssm unless
    key_id names another; that key lets anyone allowed ssm:GetParameter decrypt. A customer
    managed key adds a separate decrypt permission and is needed to share parameters across
    accounts. Policy-dependent: preset "all".
  EOT
}
