resource "aws_elasticache_replication_group" "single_node" { # expect: elasticache-replication-group-multi-az
  replication_group_id = "single"
  description          = "one node"
  node_type            = "cache.t4g.small"
}

resource "aws_elasticache_replication_group" "failover_same_zone" {
  replication_group_id       = "failover"
  description                = "failover without Multi-AZ"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = false # expect: elasticache-replication-group-multi-az
}

variable "ha" {
  default = false
}

resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id       = "variable"
  description                = "from a variable"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = var.ha
  multi_az_enabled           = var.ha # expect: elasticache-replication-group-multi-az
}
