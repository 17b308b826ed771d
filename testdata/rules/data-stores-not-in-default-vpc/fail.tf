variable "db_subnet_group" {
  type    = string
  default = null
}

resource "aws_db_instance" "default_vpc" { # expect: data-stores-not-in-default-vpc
  identifier           = "default-vpc"
  engine               = "postgres"
  instance_class       = "db.t4g.micro"
  allocated_storage    = 20
  db_subnet_group_name = var.db_subnet_group
}

resource "aws_rds_cluster" "named_default" { # expect: data-stores-not-in-default-vpc
  cluster_identifier   = "named-default"
  engine               = "aurora-postgresql"
  db_subnet_group_name = "default"
}

resource "aws_elasticache_cluster" "cache" { # expect: data-stores-not-in-default-vpc
  for_each        = toset(["sessions", "queue"])
  cluster_id      = "cache-${each.key}"
  engine          = "redis"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}

resource "aws_elasticache_replication_group" "redis" { # expect: data-stores-not-in-default-vpc
  replication_group_id = "redis"
  description          = "redis"
  node_type            = "cache.t4g.micro"
}

resource "aws_redshift_cluster" "warehouse" { # expect: data-stores-not-in-default-vpc
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin_user"
  manage_master_password = true
}

resource "aws_docdb_cluster" "documents" { # expect: data-stores-not-in-default-vpc
  cluster_identifier = "documents"
}

resource "aws_neptune_cluster" "graph" { # expect: data-stores-not-in-default-vpc
  cluster_identifier = "graph"
}
