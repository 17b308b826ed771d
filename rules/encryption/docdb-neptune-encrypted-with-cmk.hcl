rule "docdb-neptune-encrypted-with-cmk" {
  id       = "ENC068"
  title    = "DocumentDB and Neptune clusters encrypt storage with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_docdb_cluster", "aws_neptune_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only encrypted clusters are judged (storage_encrypted = true); unencrypted ones are ENC016's and
  # ENC017's. DocumentDB names the key kms_key_id, Neptune kms_key_arn (a Neptune finding points
  # at the resource). Without a key both use the AWS managed key aws/rds.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = self.storage_encrypted != true || (is_set(try(self.kms_key_id, null)) && !(is_known(try(self.kms_key_id, null)) && (startswith(try(self.kms_key_id, null), "alias/aws/") || strcontains(try(self.kms_key_id, null), ":alias/aws/")))) || (is_set(try(self.kms_key_arn, null)) && !(is_known(try(self.kms_key_arn, null)) && (startswith(try(self.kms_key_arn, null), "alias/aws/") || strcontains(try(self.kms_key_arn, null), ":alias/aws/"))))
  location = "kms_key_id"

  message     = "the cluster storage is encrypted with the AWS managed key aws/rds, not a customer managed key"
  remediation = "Set kms_key_id (DocumentDB) or kms_key_arn (Neptune) to a customer managed KMS key. It can only be chosen when the cluster is created."
  why         = <<-EOT
    DocumentDB and Neptune encrypt cluster storage, backups and snapshots with the AWS managed
    key aws/rds unless a key is named. A customer managed key puts decryption under a key policy
    the account controls and is needed to share encrypted snapshots across accounts.
    Policy-dependent: preset "all".
  EOT
}
