rule "rds-backup-retention-at-least-7-days" {
  id       = "RES002"
  title    = "RDS automated backups are kept for at least the minimum retention period (7 days unless configured)"
  family   = "resilience"
  severity = "medium"
  resources = ["aws_db_instance", "aws_rds_cluster"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
    sox  = ["ITGC-CO"]
  }

  parameter "min_backup_retention_days" {
    default     = 7
    description = "Fewest days automated backups, snapshots and recovery points are kept."
  }

  # Unset means the AWS default of 1 day; 0 turns automated backups off (instances only). Read
  # replicas (replicate_source_db) are not judged: their source holds the backups. The name
  # keeps the 7 days of its first version; the threshold is min_backup_retention_days.
  # Mapping: A1.2 (data back-up processes); CC7.4 because Steampipe and Prowler file backups
  # under "restores operations" of incident response. SOX ITGC-CO (backup and recovery).
  assert = (
    is_set(self.replicate_source_db) ||
    (self.backup_retention_period != null && self.backup_retention_period >= param.min_backup_retention_days)
  )
  location = "backup_retention_period"

  message     = "automated backups are kept for fewer days than min_backup_retention_days (7 unless configured), or disabled"
  remediation = "Set backup_retention_period to at least min_backup_retention_days (7 unless configured; RDS allows up to 35) days, matching the recovery objectives in the organisation's backup policy."
  why         = <<-EOT
    Automated backups and their transaction logs allow point-in-time restore within the
    retention window. Problems such as silent data corruption or a bad migration are often
    noticed days later; with only a day or two of backups, the last good state may already
    be gone.
  EOT
}
