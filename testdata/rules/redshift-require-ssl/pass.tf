variable "unknown_value" {
  type = string
}

locals {
  redshift_parameters = {
    require_ssl                  = "true"
    enable_user_activity_logging = "true"
  }
}

resource "aws_redshift_parameter_group" "ssl" {
  name   = "ssl"
  family = "redshift-1.0"

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }

  parameter {
    name  = "require_ssl"
    value = "true"
  }
}

resource "aws_redshift_parameter_group" "dynamic" {
  name   = "dynamic"
  family = "redshift-1.0"

  dynamic "parameter" {
    for_each = local.redshift_parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }
}

resource "aws_redshift_parameter_group" "unknown" {
  name   = "unknown"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = var.unknown_value
  }
}
