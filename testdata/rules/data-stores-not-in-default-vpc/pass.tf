variable "cache_subnet_group_unset" {
  type = string
}

resource "aws_db_subnet_group" "private" {
  name       = "private"
  subnet_ids = ["subnet-a", "subnet-b"]
}

resource "aws_db_instance" "private" {
  identifier           = "private"
  engine               = "postgres"
  instance_class       = "db.t4g.micro"
  allocated_storage    = 20
  db_subnet_group_name = aws_db_subnet_group.private.name
}

resource "aws_db_instance" "replica" {
  identifier          = "replica"
  instance_class      = "db.t4g.micro"
  replicate_source_db = aws_db_instance.private.identifier
}

resource "aws_elasticache_replication_group" "redis_passing" {
  replication_group_id = "redis"
  description          = "redis"
  node_type            = "cache.t4g.micro"
  subnet_group_name    = "cache-private"
}

resource "aws_elasticache_cluster" "member" {
  cluster_id           = "redis-member"
  replication_group_id = aws_elasticache_replication_group.redis_passing.id
}

resource "aws_redshift_cluster" "warehouse_passing" {
  cluster_identifier        = "warehouse"
  node_type                 = "ra3.xlplus"
  master_username           = "admin_user"
  manage_master_password    = true
  cluster_subnet_group_name = "warehouse-private"
}

resource "aws_neptune_cluster" "graph_passing" {
  cluster_identifier        = "graph"
  neptune_subnet_group_name = "graph-private"
}

resource "aws_elasticache_cluster" "unknown" {
  cluster_id        = "unknown"
  engine            = "memcached"
  node_type         = "cache.t4g.micro"
  num_cache_nodes   = 1
  subnet_group_name = var.cache_subnet_group_unset
}
