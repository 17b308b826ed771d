rule "rds-backup-retention-at-least-7-days" {
  id       = "RES002"
  title    = "RDS automated backups are kept for at least 7 days"
  family   = "resilience"
  severity = "medium"
  resources = ["aws_db_instance", "aws_rds_cluster"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
  }

  # Unset means the AWS default of 1 day. Read replicas (replicate_source_db) are not judged:
  # their source holds the backups.
  assert = (
    is_set(self.replicate_source_db) ||
    (self.backup_retention_period != null && self.backup_retention_period >= 7)
  )
  location = "backup_retention_period"

  message     = "automated backups are kept for fewer than 7 days, or disabled"
  remediation = "Set backup_retention_period to 7 or more (up to 35) days, matching the recovery objectives in the organisation's backup policy."
  why         = <<-EOT
    Automated backups and their transaction logs allow point-in-time restore within the
    retention window. Problems such as silent data corruption or a bad migration are often
    noticed days later; with only a day or two of backups, the last good state may already
    be gone.
  EOT
}
