variable "az_mode" {
  type    = string
  default = "single-az"
}

resource "aws_elasticache_cluster" "sessions" { # expect: elasticache-memcached-nodes-across-zones
  cluster_id      = "sessions"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 3
}

resource "aws_elasticache_cluster" "fragments" {
  for_each        = toset(["eu", "us"])
  cluster_id      = "fragments-${each.key}"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
  az_mode         = var.az_mode # expect: elasticache-memcached-nodes-across-zones
}

resource "aws_elasticache_cluster" "single_node" {
  cluster_id      = "lookup"
  engine          = "memcached"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
  az_mode         = "single-az" # expect: elasticache-memcached-nodes-across-zones
}
