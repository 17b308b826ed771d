rule "memorydb-cluster-encrypted-with-cmk" {
  id       = "ENC081"
  title    = "MemoryDB clusters are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_memorydb_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # MemoryDB always encrypts at rest, with a service managed key unless kms_key_arn names one.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = (is_set(self.kms_key_arn) && !(is_known(self.kms_key_arn) && (startswith(self.kms_key_arn, "alias/aws/") || strcontains(self.kms_key_arn, ":alias/aws/"))))
  location = "kms_key_arn"

  message     = "the cluster is encrypted with the service managed key, not a customer managed key"
  remediation = "Set kms_key_arn to a customer managed KMS key. It can only be chosen when the cluster is created."
  why         = <<-EOT
    MemoryDB encrypts its transaction log, disks and snapshots at rest, with a key the service
    manages unless kms_key_arn names another. A customer managed key lets the account audit and
    revoke access to the database's durable data. Policy-dependent: preset "all".
  EOT
}
