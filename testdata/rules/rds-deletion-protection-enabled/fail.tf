resource "aws_db_instance" "unprotected" { # expect: rds-deletion-protection-enabled
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

resource "aws_rds_cluster" "switched_off" {
  engine              = "aurora-mysql"
  deletion_protection = false # expect: rds-deletion-protection-enabled
}
