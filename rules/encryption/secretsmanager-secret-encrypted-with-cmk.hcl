rule "secretsmanager-secret-encrypted-with-cmk" {
  id       = "ENC031"
  title    = "Secrets Manager secrets are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_secretsmanager_secret"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Always encrypted. A literal "alias/aws/secretsmanager" (or its ARN form) names the AWS
  # managed key and does not count; a reference to a key (unknown before apply) does.
  assert   = (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/"))))
  location = "kms_key_id"

  message     = "the secret is encrypted with the AWS managed key aws/secretsmanager"
  remediation = "Set kms_key_id to a customer managed KMS key whose policy grants decrypt only to the roles that read the secret."
  why         = <<-EOT
    Secrets Manager always encrypts secret values, with the AWS managed key
    aws/secretsmanager unless kms_key_id names another. That key's policy lets any principal
    allowed to read the secret decrypt it. A customer managed key adds a second, separately
    granted permission, and is required to share the secret with another account. Policy-
    dependent: preset "all".
  EOT
}
