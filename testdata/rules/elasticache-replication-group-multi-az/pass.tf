variable "ha_from_caller" {
  type = bool
}

resource "aws_elasticache_replication_group" "multi_az" {
  replication_group_id       = "multi-az"
  description                = "highly available"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
}

resource "aws_elasticache_replication_group" "caller_decides" {
  replication_group_id       = "caller"
  description                = "decided by the caller"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = var.ha_from_caller
  multi_az_enabled           = var.ha_from_caller
}
