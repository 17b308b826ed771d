variable "db_monitoring_interval" {
  type    = number
  default = 0
}

resource "aws_db_instance" "unmonitored" { # expect: rds-enhanced-monitoring
  identifier        = "unmonitored"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "interval_zero" {
  for_each            = toset(["a", "b"])
  identifier          = "interval-zero-${each.key}"
  engine              = "mysql"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  monitoring_interval = var.db_monitoring_interval # expect: rds-enhanced-monitoring
}

resource "aws_rds_cluster_instance" "aurora_unmonitored" { # expect: rds-enhanced-monitoring
  count              = 2
  identifier         = "aurora-${count.index}"
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}
