variable "docdb_audit_unset" {
  type = string
}

resource "aws_docdb_cluster_parameter_group" "audited" {
  family = "docdb5.0"
  name   = "audited"

  parameter {
    name  = "tls"
    value = "enabled"
  }
  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "categories" {
  family = "docdb5.0"
  name   = "categories"

  dynamic "parameter" {
    for_each = { audit_logs = "ddl,dml_write" }
    content {
      name  = parameter.key
      value = parameter.value
    }
  }
}

resource "aws_docdb_cluster_parameter_group" "unknown" {
  family = "docdb5.0"
  name   = "unknown"

  parameter {
    name  = "audit_logs"
    value = var.docdb_audit_unset
  }
}
