resource "aws_db_instance" "postgres_none" { # expect: rds-database-logs-exported
  identifier        = "postgres-none"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
}

# Only the upgrade log: it says nothing about who connected.
resource "aws_db_instance" "postgres_upgrade_only" {
  identifier                      = "postgres-upgrade-only"
  engine                          = "postgres"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  enabled_cloudwatch_logs_exports = ["upgrade"] # expect: rds-database-logs-exported
}

resource "aws_db_instance" "mysql_slow_only" {
  identifier                      = "mysql-slow-only"
  engine                          = "mysql"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  enabled_cloudwatch_logs_exports = ["slowquery", "error"] # expect: rds-database-logs-exported
}

variable "oracle_logs" {
  type    = list(string)
  default = ["alert", "listener"]
}

resource "aws_db_instance" "oracle_no_audit" {
  identifier                      = "oracle-no-audit"
  engine                          = "oracle-se2"
  license_model                   = "license-included"
  instance_class                  = "db.m5.large"
  allocated_storage               = 100
  enabled_cloudwatch_logs_exports = var.oracle_logs # expect: rds-database-logs-exported
}

resource "aws_rds_cluster" "aurora_postgres_none" { # expect: rds-database-logs-exported
  cluster_identifier = "aurora-postgres-none"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

# A replica with no exports of its own.
resource "aws_db_instance" "replica" { # expect: rds-database-logs-exported
  identifier          = "replica"
  replicate_source_db = "postgres-primary"
  instance_class      = "db.t4g.micro"
}
