rule "backup-plan-retention-sufficient" {
  id        = "RES024"
  title     = "AWS Backup plans keep recovery points long enough"
  family    = "resilience"
  severity  = "medium"
  resources = ["aws_backup_plan"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
    sox  = ["ITGC-CO"]
  }

  parameter "min_backup_retention_days" {
    default     = 7
    description = "Fewest days automated backups, snapshots and recovery points are kept."
  }

  # Each rule's lifecycle.delete_after is how many days its recovery points live; without
  # one they are kept until deleted by hand, which passes. A copy action's own lifecycle is
  # the copy's, not the rule's, and is not judged here. Backups map to A1.2, and to CC7.4
  # where other sources file restoring operations after an incident.
  assert = alltrue([
    for r in coalesce(self.rule, []) :
    alltrue([
      for l in coalesce(r.lifecycle, []) :
      l.delete_after == null || l.delete_after >= param.min_backup_retention_days
    ])
  ])
  location = "rule"

  message     = "a backup rule deletes recovery points sooner than min_backup_retention_days (7 unless configured)"
  remediation = "Raise the rule's lifecycle.delete_after to at least the retention the recovery policy sets, or move older recovery points to cold storage (cold_storage_after) instead of deleting them."
  why         = <<-EOT
    A backup that is deleted before anyone notices the data is damaged cannot restore it.
    Corruption, ransomware and mistaken deletions are often found days later, so the backup
    plan's retention is what decides how far back recovery can go; auditors compare it with
    the retention the recovery policy promises.
  EOT
}
