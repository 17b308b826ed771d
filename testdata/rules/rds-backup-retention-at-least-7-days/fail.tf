resource "aws_db_instance" "default_retention" { # expect: rds-backup-retention-at-least-7-days
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

resource "aws_db_instance" "one_day" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  backup_retention_period = 1 # expect: rds-backup-retention-at-least-7-days
}

resource "aws_db_instance" "no_backups" {
  engine                  = "mysql"
  instance_class          = "db.t3.micro"
  backup_retention_period = 0 # expect: rds-backup-retention-at-least-7-days
}

variable "retention_days" {
  default = 5
}

resource "aws_rds_cluster" "from_variable" {
  engine                  = "aurora-postgresql"
  backup_retention_period = var.retention_days # expect: rds-backup-retention-at-least-7-days
}
