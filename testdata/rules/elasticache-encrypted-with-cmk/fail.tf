resource "aws_elasticache_replication_group" "sessions" { # expect: elasticache-encrypted-with-cmk
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_serverless_cache" "api" { # expect: elasticache-encrypted-with-cmk
  engine = "valkey"
  name   = "api"
}
