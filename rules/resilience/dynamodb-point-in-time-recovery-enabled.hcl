rule "dynamodb-point-in-time-recovery-enabled" {
  id       = "RES004"
  title    = "DynamoDB tables have point-in-time recovery enabled"
  family   = "resilience"
  severity = "medium"
  resources = ["aws_dynamodb_table"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
  }

  assert   = try(self.point_in_time_recovery[0].enabled == true, false)
  location = "point_in_time_recovery.enabled"

  message     = "point-in-time recovery is not enabled for the table"
  remediation = "Add point_in_time_recovery { enabled = true } to the table."
  why         = <<-EOT
    Point-in-time recovery keeps continuous backups of a table, so it can be restored to any
    second of the retention window after an accidental delete, a faulty write or a malicious
    change. Without it, only on-demand backups taken beforehand can bring data back.
  EOT
}
