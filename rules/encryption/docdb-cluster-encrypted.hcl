rule "docdb-cluster-encrypted" {
  id       = "ENC016"
  title    = "DocumentDB clusters encrypt their storage at rest"
  family   = "encryption"
  severity = "high"
  resources = ["aws_docdb_cluster", "aws_docdb_global_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # storage_encrypted defaults to false through the API and so through Terraform (the console
  # ticks it by default, the provider does not). Restores from a snapshot take the snapshot's
  # encryption; a global cluster built from an existing cluster takes that cluster's.
  assert = (
    self.storage_encrypted == true ||
    is_set(try(self.snapshot_identifier, null)) ||
    is_set(try(self.source_db_cluster_identifier, null))
  )
  location = "storage_encrypted"

  message     = "the DocumentDB cluster does not set storage_encrypted = true"
  remediation = "Set storage_encrypted = true (optionally with kms_key_id). An existing cluster cannot be encrypted in place: restore an encrypted copy from a snapshot."
  why         = <<-EOT
    DocumentDB holds application documents, often customer records. Its storage, automated
    backups, snapshots and replicas are encrypted only if the cluster is created encrypted,
    and the choice cannot be changed afterwards.
  EOT

  fix {
    title = "Set storage_encrypted = true"
    set {
      storage_encrypted = true
    }
  }
}
