variable "public" {
  default = true
}

resource "aws_db_instance" "public" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  publicly_accessible = true # expect: rds-not-publicly-accessible
}

resource "aws_rds_cluster_instance" "from_variable" {
  cluster_identifier  = "aurora"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = var.public # expect: rds-not-publicly-accessible
}

resource "aws_neptune_cluster_instance" "public_graph" {
  cluster_identifier  = "graph"
  instance_class      = "db.r6g.large"
  publicly_accessible = true # expect: rds-not-publicly-accessible
}

# count: both instances of a public reader pair.
resource "aws_rds_cluster_instance" "readers" {
  count               = 2
  identifier          = "reader-${count.index}"
  cluster_identifier  = "aurora"
  instance_class      = "db.r6g.large"
  engine              = "aurora-mysql"
  publicly_accessible = count.index >= 0 # expect: rds-not-publicly-accessible
}
