rule "rds-storage-encrypted" {
  id       = "ENC002"
  title    = "RDS databases encrypt their storage at rest"
  family   = "encryption"
  severity = "high"
  resources = ["aws_db_instance", "aws_rds_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Replicas, snapshot restores and point-in-time restores take their encryption from the
  # source, which this configuration does not show; Aurora Serverless v1 is always encrypted.
  assert = (
    self.storage_encrypted == true ||
    is_set(self.replicate_source_db) ||
    is_set(self.replication_source_identifier) ||
    is_set(self.snapshot_identifier) ||
    is_set(self.restore_to_point_in_time) ||
    self.engine_mode == "serverless"
  )
  location = "storage_encrypted"

  message     = "the database storage is not encrypted at rest (storage_encrypted is false or unset)"
  remediation = "Set storage_encrypted = true, and kms_key_id to a customer managed key if key access must be controlled separately. An existing unencrypted database must be migrated through an encrypted snapshot copy, as encryption cannot be switched on in place."
  why         = <<-EOT
    RDS leaves instance and cluster storage unencrypted unless asked, and the choice cannot be
    changed after creation. Encrypting the storage also covers automated backups, snapshots
    and read replicas, so the data stays protected wherever copies of it end up. Auditors
    look for encryption at rest on every store of customer data.
  EOT

  fix {
    title = "Set storage_encrypted = true"
    set {
      storage_encrypted = true
    }
  }
}
