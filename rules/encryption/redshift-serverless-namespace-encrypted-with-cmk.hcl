rule "redshift-serverless-namespace-encrypted-with-cmk" {
  id       = "ENC038"
  title    = "Redshift Serverless namespaces encrypt data with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_redshiftserverless_namespace"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Always encrypted at rest (AWS owned key by default).
  assert   = is_set(self.kms_key_id)
  location = "kms_key_id"

  message     = "the namespace encrypts data with a key AWS owns, not a customer managed key"
  remediation = "Set kms_key_id to a customer managed KMS key ARN."
  why         = <<-EOT
    Redshift Serverless always encrypts a namespace's data and snapshots, with a key AWS owns
    unless kms_key_id names another. A customer managed key puts the warehouse data under a
    key policy the account controls and audits. Policy-dependent: preset "all".
  EOT
}
