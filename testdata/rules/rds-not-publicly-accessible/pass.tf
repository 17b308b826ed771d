variable "public_input" {
  type = bool
}

resource "aws_db_instance" "default_private" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

resource "aws_db_instance" "private" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  publicly_accessible = false
}

resource "aws_rds_cluster_instance" "unknown" {
  cluster_identifier  = "aurora"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = var.public_input
}

resource "aws_neptune_cluster_instance" "private_graph" {
  cluster_identifier = "graph"
  instance_class     = "db.r6g.large"
}
