variable "az_mode_unknown" {
  type = string
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id                   = "pages"
  engine                       = "memcached"
  node_type                    = "cache.t4g.small"
  num_cache_nodes              = 2
  az_mode                      = "cross-az"
  preferred_availability_zones = ["us-east-1a", "us-east-1b"]
}

# Redis OSS clusters are judged through their replication groups.
resource "aws_elasticache_cluster" "redis_single" {
  cluster_id      = "counters"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "group_member" {
  cluster_id           = "orders-002"
  replication_group_id = "orders"
}

# Known only when the variable gets a value: undecided.
resource "aws_elasticache_cluster" "mode_unknown" {
  cluster_id      = "search"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
  az_mode         = var.az_mode_unknown
}
