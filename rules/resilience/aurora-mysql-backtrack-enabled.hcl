rule "aurora-mysql-backtrack-enabled" {
  id       = "RES027"
  title    = "Aurora MySQL clusters can be backtracked"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_rds_cluster"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
    sox  = ["ITGC-CO"]
  }

  # Backtrack exists only for Aurora MySQL (engine "aurora-mysql", or "aurora" for the old
  # MySQL 5.6-compatible engine); other engines pass. backtrack_window (seconds, up to 72
  # hours) defaults to 0, which is off. Clusters where AWS does not offer it are not judged:
  # Aurora Serverless v1 (engine_mode "serverless"), clusters that are binlog replicas of
  # another cluster (replication_source_identifier) and members of a global database
  # (global_cluster_identifier).
  # Preset "all": backtracking is an undo on top of the point-in-time restore that automated
  # backups give every cluster (rds-backup-retention-at-least-7-days), is billed for the change
  # records it keeps, is not offered in every region, and can only be turned on when a cluster
  # is created (or restored), so a finding on a running cluster means a rebuild.
  # Mapping: A1.2 and CC7.4 (restoring operations after a destructive change), as the other
  # recovery rules; ITGC-CO.
  assert = (
    !contains(["aurora-mysql", "aurora"], lower(coalesce(self.engine, "aurora"))) ||
    lower(coalesce(self.engine_mode, "provisioned")) == "serverless" ||
    is_set(self.replication_source_identifier) ||
    is_set(self.global_cluster_identifier) ||
    coalesce(self.backtrack_window, 0) > 0
  )
  location = "backtrack_window"

  message     = "the Aurora MySQL cluster cannot be rewound in place after a destructive change (backtrack_window is 0 or unset)"
  remediation = "Set backtrack_window to the number of seconds the cluster should be able to rewind (for example 86400 for 24 hours, at most 259200); on an existing cluster this takes effect only on a cluster restored or created with it."
  why         = <<-EOT
    A DELETE without a WHERE clause or a faulty migration is usually noticed within hours.
    Backtracking rewinds the cluster to just before it in minutes, in place, while a
    point-in-time restore builds a new cluster from backups, which takes hours and a switch
    of every client to the new endpoint.
  EOT
}
