rule "redshift-automated-snapshots-retained" {
  id       = "RES009"
  title    = "Redshift clusters keep automated snapshots for the minimum retention period"
  family   = "resilience"
  severity = "medium"
  resources = ["aws_redshift_cluster"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
    sox  = ["ITGC-CO"]
  }

  parameter "min_backup_retention_days" {
    default     = 7
    description = "Fewest days automated backups, snapshots and recovery points are kept."
  }

  # automated_snapshot_retention_period defaults to 1 day; 0 turns automated snapshots off
  # (not allowed for RA3 nodes); the maximum is 35. Manual snapshots are outside this
  # configuration's view, so the automated ones are what the rule can judge.
  # Mapping as the other backup rules: A1.2, CC7.4; ITGC-CO.
  assert   = coalesce(self.automated_snapshot_retention_period, 1) >= param.min_backup_retention_days
  location = "automated_snapshot_retention_period"

  message     = "automated snapshots are kept for fewer days than min_backup_retention_days (7 unless configured), or turned off"
  remediation = "Set automated_snapshot_retention_period to at least min_backup_retention_days (7 unless configured; up to 35)."
  why         = <<-EOT
    Automated snapshots are the warehouse's recovery points. With the default of one day, or
    none, a bad load or a dropped table found after the weekend cannot be undone from them,
    and deleting the cluster deletes its automated snapshots too.
  EOT
}
