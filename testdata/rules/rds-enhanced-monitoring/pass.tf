variable "db_monitoring_unset" {
  type = number
}

resource "aws_db_instance" "monitored" {
  identifier          = "monitored"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  monitoring_interval = 60
  monitoring_role_arn = "arn:aws:iam::123456789012:role/rds-monitoring"
}

resource "aws_rds_cluster_instance" "aurora_monitored" {
  identifier          = "aurora-monitored"
  cluster_identifier  = "aurora"
  engine              = "aurora-postgresql"
  instance_class      = "db.r6g.large"
  monitoring_interval = 15
  monitoring_role_arn = "arn:aws:iam::123456789012:role/rds-monitoring"
}

resource "aws_db_instance" "unknown" {
  identifier          = "unknown"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  monitoring_interval = var.db_monitoring_unset
}
