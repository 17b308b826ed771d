variable "snapshot_limit" {
  type = number
}

resource "aws_elasticache_replication_group" "backed_up" {
  replication_group_id     = "backed-up"
  description              = "backed up"
  node_type                = "cache.t4g.small"
  snapshot_retention_limit = 7
}

resource "aws_elasticache_replication_group" "caller_decides" {
  replication_group_id     = "caller"
  description              = "decided by the caller"
  node_type                = "cache.t4g.small"
  snapshot_retention_limit = var.snapshot_limit
}

# Memcached keeps no snapshots.
resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 2
}

# A member of a replication group follows the group's setting.
resource "aws_elasticache_cluster" "group_member" {
  cluster_id           = "backed-up-extra"
  replication_group_id = aws_elasticache_replication_group.backed_up.id
}
