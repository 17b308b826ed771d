variable "retention_input" {
  type = number
}

resource "aws_db_instance" "week" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  backup_retention_period = 7
}

resource "aws_rds_cluster" "month" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 35
}

# Read replicas keep no backups of their own.
resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.week.identifier
}

resource "aws_db_instance" "unknown" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  backup_retention_period = var.retention_input
}
