rule "elasticache-replication-group-multi-az" {
  id       = "RES011"
  title    = "ElastiCache replication groups fail over automatically to another availability zone"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_elasticache_replication_group"]
  criteria = {
    soc2 = ["A1.2", "CC9.1"]
    sox  = ["ITGC-CO"]
  }

  # Both automatic_failover_enabled and multi_az_enabled default to false; Multi-AZ needs
  # automatic failover and at least one replica in another zone. A group with one node cannot
  # fail over, which is the gap the rule reports.
  # Preset "all", as rds-multi-az-enabled: replicas in other zones multiply the cost and are
  # decided per environment. Mapping: A1.2 (alternate processing), CC9.1; ITGC-CO.
  assert   = self.automatic_failover_enabled == true && self.multi_az_enabled == true
  location = "multi_az_enabled"

  message     = "the replication group does not fail over automatically to a replica in another availability zone"
  remediation = "Run at least one replica (num_cache_clusters >= 2, or replicas_per_node_group >= 1) and set automatic_failover_enabled = true and multi_az_enabled = true."
  why         = <<-EOT
    With Multi-AZ and automatic failover, ElastiCache promotes a replica in another
    availability zone within minutes when the primary or its zone fails. Without it, the
    cache is unavailable for writes until someone promotes a replica or a new node is built.
  EOT
}
