variable "force_ssl" {
  type    = number
  default = 0
}

resource "aws_db_parameter_group" "postgres14_unset" { # expect: rds-parameter-group-forces-tls
  name   = "pg14"
  family = "postgres14"
}

# PostgreSQL 16 forces TLS by default, unless the group turns it off.
resource "aws_db_parameter_group" "postgres16_off" {
  name   = "pg16"
  family = "postgres16"

  parameter { # expect: rds-parameter-group-forces-tls
    name  = "rds.force_ssl"
    value = var.force_ssl
  }
}

resource "aws_db_parameter_group" "mysql_off" {
  name   = "mysql"
  family = "mysql8.0"

  parameter { # expect: rds-parameter-group-forces-tls
    name  = "require_secure_transport"
    value = "OFF"
  }
}

resource "aws_rds_cluster_parameter_group" "aurora_postgres_unset" {
  name   = "aurora-pg"
  family = "aurora-postgresql15"

  parameter { # expect: rds-parameter-group-forces-tls
    name  = "log_min_duration_statement"
    value = "1000"
  }
}

resource "aws_rds_cluster_parameter_group" "aurora_mysql_unset" { # expect: rds-parameter-group-forces-tls
  name   = "aurora-mysql"
  family = "aurora-mysql8.0"
}

resource "aws_db_parameter_group" "sqlserver_unset" { # expect: rds-parameter-group-forces-tls
  name   = "sqlserver"
  family = "sqlserver-se-15.0"
}

resource "aws_rds_cluster_parameter_group" "aurora_mysql84_off" {
  name   = "aurora-mysql84"
  family = "aurora-mysql8.4"

  parameter { # expect: rds-parameter-group-forces-tls
    name  = "require_secure_transport"
    value = "OFF"
  }
}
