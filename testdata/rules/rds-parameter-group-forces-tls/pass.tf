variable "unknown_family" {
  type = string
}

resource "aws_db_parameter_group" "postgres14_forced" {
  name   = "pg14"
  family = "postgres14"

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }
}

# RDS for PostgreSQL 15 and later default rds.force_ssl to 1.
resource "aws_db_parameter_group" "postgres16_default" {
  name   = "pg16"
  family = "postgres16"
}

resource "aws_db_parameter_group" "mysql_on" {
  name   = "mysql"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_rds_cluster_parameter_group" "aurora_mysql_numeric" {
  name   = "aurora-mysql"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = 1
  }
}

resource "aws_db_parameter_group" "mariadb_on" {
  name   = "mariadb"
  family = "mariadb10.11"

  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}

# Oracle forces TLS through an option group, not a parameter.
resource "aws_db_parameter_group" "oracle" {
  name   = "oracle"
  family = "oracle-ee-19"
}

resource "aws_db_parameter_group" "unknown" {
  name   = "unknown"
  family = var.unknown_family
}

# Aurora MySQL 8.4 defaults require_secure_transport to ON.
resource "aws_rds_cluster_parameter_group" "aurora_mysql84_default" {
  name   = "aurora-mysql84"
  family = "aurora-mysql8.4"
}
