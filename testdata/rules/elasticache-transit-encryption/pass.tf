variable "unknown_flag" {
  type = bool
}

resource "aws_elasticache_replication_group" "required" {
  replication_group_id       = "sessions"
  description                = "session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  auth_token                 = "0123456789abcdef0123"
}

resource "aws_elasticache_replication_group" "enabled_mode_unset" {
  replication_group_id       = "queue"
  description                = "queue"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}

# A member of a replication group takes the group's setting.
resource "aws_elasticache_cluster" "replica" {
  cluster_id           = "sessions-replica"
  replication_group_id = aws_elasticache_replication_group.required.id
}

resource "aws_elasticache_cluster" "memcached_tls" {
  cluster_id                 = "fragments"
  engine                     = "memcached"
  engine_version             = "1.6.22"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 2
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "unknown" {
  replication_group_id       = "unknown"
  description                = "unknown"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = var.unknown_flag
}
