resource "aws_elasticache_replication_group" "sessions" { # expect: elasticache-redis-backups-enabled
  replication_group_id = "sessions"
  description          = "user sessions"
  node_type            = "cache.t4g.small"
}

resource "aws_elasticache_replication_group" "valkey_queue" {
  replication_group_id     = "queue"
  description              = "job queue"
  engine                   = "valkey"
  node_type                = "cache.t4g.small"
  snapshot_retention_limit = 0 # expect: elasticache-redis-backups-enabled
}

resource "aws_elasticache_cluster" "standalone_redis" { # expect: elasticache-redis-backups-enabled
  cluster_id      = "counters"
  engine          = "redis"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}
