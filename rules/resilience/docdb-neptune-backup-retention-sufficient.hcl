rule "docdb-neptune-backup-retention-sufficient" {
  id       = "RES007"
  title    = "DocumentDB and Neptune clusters keep automated backups for the minimum retention period"
  family   = "resilience"
  severity = "medium"
  resources = ["aws_docdb_cluster", "aws_neptune_cluster"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
    sox  = ["ITGC-CO"]
  }

  parameter "min_backup_retention_days" {
    default     = 7
    description = "Fewest days automated backups, snapshots and recovery points are kept."
  }

  # Both services keep continuous backups for point-in-time restore; backup_retention_period
  # (1 to 35 days) defaults to 1 in the API and the provider, and cannot be turned off.
  # Mapping as rds-backup-retention-at-least-7-days: A1.2, CC7.4 (restores operations, per
  # Steampipe and Prowler); SOX ITGC-CO.
  assert   = coalesce(self.backup_retention_period, 1) >= param.min_backup_retention_days
  location = "backup_retention_period"

  message     = "automated backups are kept for fewer days than min_backup_retention_days (7 unless configured; the default is 1)"
  remediation = "Set backup_retention_period to at least min_backup_retention_days (7 unless configured; up to 35) days, matching the recovery objectives in the backup policy."
  why         = <<-EOT
    Automated cluster backups allow a restore to any second of the retention window.
    Corruption, a bad migration or a malicious change is often noticed days later; with the
    default single day of backups, the last good state may be gone by then.
  EOT
}
