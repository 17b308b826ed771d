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
