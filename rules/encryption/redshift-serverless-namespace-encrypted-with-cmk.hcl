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
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  # "AWS_OWNED_KMS_KEY", the value the API reports for the default, does not count either.
  assert   = (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/"))) && self.kms_key_id != "AWS_OWNED_KMS_KEY")
  location = "kms_key_id"

  message     = "the namespace encrypts data with a key AWS owns, not a customer managed key"
  remediation = "Set kms_key_id to a customer managed KMS key ARN."
  why         = <<-EOT
    Redshift Serverless always encrypts a namespace's data and snapshots, with a key AWS owns
    unless kms_key_id names another. A customer managed key puts the warehouse data under a
    key policy the account controls and audits. Policy-dependent: preset "all".
  EOT
}
