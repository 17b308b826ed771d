resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.t4g.micro"
  transit_encryption_enabled = true
  auth_token                 = "a-very-long-redis-auth-token-123" # expect: elasticache-auth-token-not-hard-coded
}

locals {
  cache_tokens = { eu = "eu-token-abcdefghijklmnop", us = "us-token-abcdefghijklmnop" }
}

resource "aws_elasticache_replication_group" "regional" {
  for_each                   = local.cache_tokens
  replication_group_id       = "cache-${each.key}"
  description                = "regional cache"
  node_type                  = "cache.t4g.micro"
  transit_encryption_enabled = true
  auth_token                 = each.value # expect: elasticache-auth-token-not-hard-coded
}
