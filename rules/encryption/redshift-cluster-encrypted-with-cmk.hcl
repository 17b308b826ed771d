rule "redshift-cluster-encrypted-with-cmk" {
  id       = "ENC075"
  title    = "Redshift clusters are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_redshift_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Clusters that switch encryption off are ENC018's and not judged. Redshift now encrypts new
  # clusters by default, with an AWS owned or managed key unless kms_key_id names one.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = self.encrypted == false || (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/"))))
  location = "kms_key_id"

  message     = "the cluster is encrypted with an AWS owned or managed key, not a customer managed key"
  remediation = "Set kms_key_id to a customer managed KMS key (changing it re-encrypts the cluster)."
  why         = <<-EOT
    Redshift encrypts the data blocks, system metadata and snapshots of a cluster with an AWS
    owned or managed key unless kms_key_id names another. A customer managed key puts the
    warehouse data under a key policy the account controls and audits. Policy-dependent: preset
    "all".
  EOT
}
