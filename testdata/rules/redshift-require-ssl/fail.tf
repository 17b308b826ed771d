variable "require_ssl" {
  type    = string
  default = "false"
}

resource "aws_redshift_parameter_group" "no_parameters" { # expect: redshift-require-ssl
  name   = "no-parameters"
  family = "redshift-1.0"
}

resource "aws_redshift_parameter_group" "other_parameters" {
  name   = "other-parameters"
  family = "redshift-1.0"

  parameter { # expect: redshift-require-ssl
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_parameter_group" "ssl_off_from_variable" {
  name   = "ssl-off"
  family = "redshift-1.0"

  parameter { # expect: redshift-require-ssl
    name  = "require_ssl"
    value = var.require_ssl
  }
}
