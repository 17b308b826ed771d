rule "dynamodb-point-in-time-recovery-enabled" {
  id       = "RES004"
  title    = "DynamoDB tables have point-in-time recovery enabled"
  family   = "resilience"
  severity = "medium"
  resources = ["aws_dynamodb_table"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
    sox  = ["ITGC-CO"]
  }

  parameter "min_backup_retention_days" {
    default     = 7
    description = "Fewest days automated backups, snapshots and recovery points are kept."
  }

  # PITR is off unless a point_in_time_recovery block enables it. Its window is
  # recovery_period_in_days (1 to 35, 35 when unset); a window shorter than
  # min_backup_retention_days is a finding too.
  # Mapping: A1.2 (data back-up processes); CC7.4 as Steampipe and Prowler file backups under
  # "restores operations". SOX ITGC-CO.
  assert = try(
    self.point_in_time_recovery[0].enabled == true &&
    coalesce(self.point_in_time_recovery[0].recovery_period_in_days, 35) >= param.min_backup_retention_days,
    false
  )
  location = "point_in_time_recovery.enabled"

  message     = "point-in-time recovery is not enabled for the table, or its window is shorter than min_backup_retention_days (7 unless configured)"
  remediation = "Add point_in_time_recovery { enabled = true } to the table, and leave recovery_period_in_days unset (35 days) or at least min_backup_retention_days."
  why         = <<-EOT
    Point-in-time recovery keeps continuous backups of a table, so it can be restored to any
    second of the retention window after an accidental delete, a faulty write or a malicious
    change. Without it, only on-demand backups taken beforehand can bring data back.
  EOT
}
