variable "unknown_mode" {
  type = string
}

locals {
  docdb_parameters = {
    tls        = "tls1.2+"
    audit_logs = "enabled"
  }
}

# The default (tls = enabled) applies.
resource "aws_docdb_cluster_parameter_group" "default_tls" {
  name   = "default-tls"
  family = "docdb5.0"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "dynamic_strict" {
  name   = "strict"
  family = "docdb5.0"

  dynamic "parameter" {
    for_each = local.docdb_parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }
}

resource "aws_docdb_cluster_parameter_group" "unknown" {
  name   = "unknown"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = var.unknown_mode
  }
}
