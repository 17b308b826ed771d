rule "elasticache-redis-backups-enabled" {
  id       = "RES010"
  title    = "ElastiCache Redis and Valkey caches take automatic backups"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_elasticache_replication_group", "aws_elasticache_cluster"]
  criteria = {
    soc2 = ["A1.2"]
    sox  = ["ITGC-CO"]
  }

  # snapshot_retention_limit defaults to 0, which means no automatic backups. Only Redis OSS
  # and Valkey take snapshots: Memcached clusters are not judged, nor clusters that belong to
  # a replication group (replication_group_id), which the group's setting governs.
  # Preset "all": many caches hold only data that can be rebuilt from the system of record,
  # where a backup adds nothing; whether a cache is also a store is a per-system decision.
  # A1.2 only (data back-up processes); ITGC-CO.
  assert = (
    contains(["memcached"], lower(coalesce(self.engine, "redis"))) ||
    (is_set(try(self.cluster_id, null)) && is_set(try(self.replication_group_id, null))) ||
    coalesce(self.snapshot_retention_limit, 0) > 0
  )
  location = "snapshot_retention_limit"

  message     = "the cache takes no automatic backups (snapshot_retention_limit is 0 or unset)"
  remediation = "Set snapshot_retention_limit to the number of days of daily snapshots to keep (1 to 35) for caches that hold data that cannot be rebuilt, such as sessions, queues or leaderboards."
  why         = <<-EOT
    Redis and Valkey are often used as primary stores for sessions, queues and counters. A
    node failure without a replica, a FLUSHALL or a bad deployment then loses that data for
    good unless daily snapshots exist to restore from.
  EOT
}
