# Unset with the default (redis) engine: AWS leaves it unencrypted.
resource "aws_elasticache_replication_group" "sessions" { # expect: elasticache-replication-group-encrypted-at-rest
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "valkey_off" {
  replication_group_id       = "valkey-off"
  description                = "valkey with encryption switched off"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = false # expect: elasticache-replication-group-encrypted-at-rest
}

variable "engine" {
  type    = string
  default = "Redis"
}

resource "aws_elasticache_replication_group" "redis_variable" { # expect: elasticache-replication-group-encrypted-at-rest
  replication_group_id = "redis-variable"
  description          = "engine from a variable"
  engine               = var.engine
  node_type            = "cache.t4g.small"
}
