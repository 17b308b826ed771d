rule "elasticache-memcached-nodes-across-zones" {
  id       = "RES031"
  title    = "ElastiCache Memcached clusters spread their nodes over availability zones"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_elasticache_cluster"]
  criteria = {
    soc2 = ["A1.1", "A1.2"]
    sox  = ["ITGC-CO"]
  }

  # az_mode defaults to "single-az": every node in one zone. "cross-az" needs two or more
  # nodes, so a one-node cluster is a finding too (the remediation adds a node). Only
  # Memcached is judged: Redis OSS and Valkey nodes belong to replication groups, whose
  # failover elasticache-replication-group-multi-az (RES011) judges; a cluster joining a
  # replication group (replication_group_id) takes its engine from the group and passes.
  # Preset "all": Memcached keeps no copies, so a zone failure loses only cached data that the
  # application rebuilds, at the cost of load on the backing store; whether that load is
  # acceptable is decided per system. Mapping: A1.1 (capacity kept when a zone fails), A1.2;
  # ITGC-CO.
  assert = (
    is_set(self.replication_group_id) ||
    lower(coalesce(self.engine, "")) != "memcached" ||
    lower(coalesce(self.az_mode, "single-az")) == "cross-az"
  )
  location = "az_mode"

  message     = "all of the Memcached cluster's nodes are in one availability zone (az_mode is single-az or unset)"
  remediation = "Run at least two nodes and set az_mode = \"cross-az\" (optionally with preferred_availability_zones), so losing a zone loses only part of the cache."
  why         = <<-EOT
    Memcached shards keys over the cluster's nodes without copies. With every node in one
    zone, a zone failure empties the whole cache at once and sends every request to the
    database or service behind it, which is often sized for the cache's hit rate and not for
    the full load.
  EOT
}
