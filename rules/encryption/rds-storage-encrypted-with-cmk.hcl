rule "rds-storage-encrypted-with-cmk" {
  id       = "ENC067"
  title    = "RDS databases encrypt storage with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_db_instance", "aws_rds_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only encrypted databases are judged (storage_encrypted = true); unencrypted ones are ENC002's.
  # Without kms_key_id RDS uses the AWS managed key aws/rds. Replicas and snapshot restores
  # without a key take the source's key (judged on the source) and are not judged.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert = (
    self.storage_encrypted != true ||
    is_set(self.replicate_source_db) || is_set(try(self.replication_source_identifier, null)) ||
    is_set(self.snapshot_identifier) || (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/"))))
  )
  location = "kms_key_id"

  message     = "the database storage is encrypted with the AWS managed key aws/rds, not a customer managed key"
  remediation = "Set kms_key_id to a customer managed KMS key ARN. The key cannot be changed in place: restore an encrypted snapshot copy made with the new key."
  why         = <<-EOT
    RDS encrypts storage, backups and snapshots with the AWS managed key aws/rds unless
    kms_key_id names another. Snapshots encrypted with aws/rds cannot be shared with another
    account, and that key's policy cannot be narrowed. A customer managed key gives a key policy
    the account controls and a separately audited decrypt permission. Policy-dependent: preset
    "all".
  EOT
}
