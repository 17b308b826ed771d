variable "transit_encryption" {
  type    = bool
  default = false
}

resource "aws_elasticache_replication_group" "unset" { # expect: elasticache-transit-encryption
  replication_group_id = "sessions"
  description          = "session store"
  engine               = "redis"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "disabled_by_variable" {
  replication_group_id       = "queue"
  description                = "queue"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = var.transit_encryption # expect: elasticache-transit-encryption
}

# Encryption on, but clients may still connect without TLS.
resource "aws_elasticache_replication_group" "preferred" {
  replication_group_id       = "migrating"
  description                = "migrating"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true # expect: elasticache-transit-encryption
  transit_encryption_mode    = "preferred"
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id                 = "fragments"
  engine                     = "memcached"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 2
  transit_encryption_enabled = false # expect: elasticache-transit-encryption
}
