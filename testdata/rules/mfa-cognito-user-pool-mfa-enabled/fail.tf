resource "aws_cognito_user_pool" "defaults" { # expect: mfa-cognito-user-pool-mfa-enabled
  name = "customers"
}

variable "mfa_mode" {
  type    = string
  default = "OFF"
}

resource "aws_cognito_user_pool" "from_variable" {
  for_each          = toset(["eu", "us"])
  name              = "staff-${each.key}"
  mfa_configuration = var.mfa_mode # expect: mfa-cognito-user-pool-mfa-enabled
}
