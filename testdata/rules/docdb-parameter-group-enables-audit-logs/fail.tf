variable "docdb_audit" {
  type    = string
  default = "disabled"
}

resource "aws_docdb_cluster_parameter_group" "tls_only" {
  family = "docdb5.0"
  name   = "tls-only"

  parameter { # expect: docdb-parameter-group-enables-audit-logs
    name  = "tls"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "audit_disabled" {
  for_each = toset(["orders", "users"])
  family   = "docdb5.0"
  name     = "audit-disabled-${each.key}"

  parameter { # expect: docdb-parameter-group-enables-audit-logs
    name  = "audit_logs"
    value = var.docdb_audit
  }
}

resource "aws_docdb_cluster_parameter_group" "dynamic_none" {
  family = "docdb5.0"
  name   = "dynamic-none"

  dynamic "parameter" { # expect: docdb-parameter-group-enables-audit-logs
    for_each = { audit_logs = "none", tls = "enabled" }
    content {
      name  = parameter.key
      value = parameter.value
    }
  }
}
