variable "tls_mode" {
  type    = string
  default = "disabled"
}

resource "aws_docdb_cluster_parameter_group" "tls_off" {
  name   = "tls-off"
  family = "docdb5.0"

  parameter { # expect: docdb-tls-enabled
    name  = "tls"
    value = "disabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "tls_from_variable" {
  name   = "tls-variable"
  family = "docdb5.0"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }

  parameter { # expect: docdb-tls-enabled
    name  = "tls"
    value = var.tls_mode
  }
}
