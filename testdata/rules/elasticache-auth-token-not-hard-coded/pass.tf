resource "random_password" "redis" {
  length  = 64
  special = false
}

resource "aws_elasticache_replication_group" "generated" {
  replication_group_id       = "generated"
  description                = "generated token"
  node_type                  = "cache.t4g.micro"
  transit_encryption_enabled = true
  auth_token                 = random_password.redis.result
}

resource "aws_elasticache_replication_group" "rbac" {
  replication_group_id       = "rbac"
  description                = "user groups"
  node_type                  = "cache.t4g.micro"
  transit_encryption_enabled = true
  user_group_ids             = ["app-users"]
}
