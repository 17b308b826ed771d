rule "elasticache-replication-group-encrypted-at-rest" {
  id       = "ENC019"
  title    = "ElastiCache replication groups encrypt data at rest"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_elasticache_replication_group"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # at_rest_encryption_enabled left unset takes AWS's default: true for the valkey engine,
  # false for redis (the provider's default engine). Data tiering keeps data on SSDs that are
  # always encrypted. A secondary member of a global datastore takes its settings from the
  # global datastore. Serverless caches (another resource) are always encrypted.
  assert = (
    self.at_rest_encryption_enabled == true ||
    (self.at_rest_encryption_enabled == null && lower(coalesce(self.engine, "redis")) == "valkey") ||
    self.data_tiering_enabled == true ||
    is_set(self.global_replication_group_id)
  )
  location = "at_rest_encryption_enabled"

  message     = "the replication group does not encrypt data at rest (at_rest_encryption_enabled is false, or unset with the redis engine)"
  remediation = "Set at_rest_encryption_enabled = true (optionally with kms_key_id). It can only be set at creation: create an encrypted replication group and restore a backup into it."
  why         = <<-EOT
    Caches hold copies of application data and session state. Without at-rest encryption,
    the data ElastiCache writes to disk during synchronisation, swap and backups, and the
    backups kept in S3, are stored unencrypted. AWS now enables it by default only for the
    valkey engine; redis replication groups must ask for it.
  EOT
}
