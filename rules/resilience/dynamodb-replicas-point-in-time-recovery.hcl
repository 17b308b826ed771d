rule "dynamodb-replicas-point-in-time-recovery" {
  id       = "RES025"
  title    = "DynamoDB global table replicas have point-in-time recovery enabled"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_dynamodb_table"]
  criteria = {
    soc2 = ["A1.2", "CC9.1"]
    sox  = ["ITGC-CO"]
  }

  # Each replica block of a global table (version 2019.11.21) has its own
  # point_in_time_recovery flag, false when unset: the table's point_in_time_recovery block
  # (judged by dynamodb-point-in-time-recovery-enabled, RES004) covers only the table in the
  # provider's region. A table without replicas passes; a replica whose flag is known only
  # after apply is undecided. Replicas are also judged when the table itself has no
  # point-in-time recovery: RES004 reports that on the table, this rule on the replicas.
  # Preset "all": while the table's own region is up, its continuous backups can restore the
  # data (writes, and mistakes, replicate everywhere); a replica's own recovery window matters
  # for a recovery plan that must restore after losing that region.
  # Mapping: A1.2 (back-up processes), CC9.1 (recovery from a regional disruption); ITGC-CO.
  assert = alltrue([
    for r in coalesce(self.replica, []) : r.point_in_time_recovery == true
  ])
  location = "replica"

  message     = "a replica of the global table has no point-in-time recovery (replica point_in_time_recovery is false or unset)"
  remediation = "Set point_in_time_recovery = true in every replica block, so each region keeps its own continuous backups."
  why         = <<-EOT
    Point-in-time recovery is configured per replica: enabling it on the table does not give
    the replicas in other regions continuous backups. When the table's home region is lost, a
    replica becomes the system of record, and without its own recovery window a mistaken write
    or delete after the failover can only be undone from older on-demand backups, if any.
  EOT
}
