rule "neptune-cluster-encrypted" {
  id       = "ENC017"
  title    = "Neptune clusters encrypt their storage at rest"
  family   = "encryption"
  severity = "high"
  resources = ["aws_neptune_cluster", "aws_neptune_global_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # storage_encrypted defaults to false. A cluster restored from a snapshot, a cross-region
  # replica (replication_source_identifier) and a global cluster built from an existing
  # cluster take their encryption from the source, not visible here.
  assert = (
    self.storage_encrypted == true ||
    is_set(try(self.snapshot_identifier, null)) ||
    is_set(try(self.replication_source_identifier, null)) ||
    is_set(try(self.source_db_cluster_identifier, null))
  )
  location = "storage_encrypted"

  message     = "the Neptune cluster does not set storage_encrypted = true"
  remediation = "Set storage_encrypted = true (optionally with kms_key_arn). Encryption cannot be turned on for an existing cluster: restore an encrypted copy from a snapshot."
  why         = <<-EOT
    Neptune graphs often model relationships between people, accounts and devices. The
    cluster's storage, backups and snapshots are encrypted only when the cluster is created
    encrypted; it cannot be added later.
  EOT

  fix {
    title = "Set storage_encrypted = true"
    set {
      storage_encrypted = true
    }
  }
}
