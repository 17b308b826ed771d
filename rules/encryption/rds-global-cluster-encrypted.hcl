rule "rds-global-cluster-encrypted" {
  id       = "ENC015"
  title    = "Aurora global databases encrypt their storage at rest"
  family   = "encryption"
  severity = "high"
  resources = ["aws_rds_global_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # storage_encrypted defaults to false. A global cluster built from an existing cluster
  # (source_db_cluster_identifier) takes that cluster's encryption, judged by
  # rds-storage-encrypted on the cluster itself.
  assert   = self.storage_encrypted == true || is_set(self.source_db_cluster_identifier)
  location = "storage_encrypted"

  message     = "the global database does not set storage_encrypted = true"
  remediation = "Set storage_encrypted = true on the aws_rds_global_cluster (and on its member clusters, with a KMS key in each region). Encryption cannot be added later: migrate through an encrypted snapshot."
  why         = <<-EOT
    A global database replicates the same data to clusters in several regions. Its storage
    encryption is chosen at creation and applies to every member; left unset, the database
    and every regional copy of it are stored unencrypted, and that cannot be changed in place.
  EOT

  fix {
    title = "Set storage_encrypted = true"
    set {
      storage_encrypted = true
    }
  }
}
