resource "aws_cognito_user_pool" "required" {
  name              = "staff"
  mfa_configuration = "ON"
  software_token_mfa_configuration {
    enabled = true
  }
}

variable "pool_mfa" {
  type = string
}

resource "aws_cognito_user_pool" "chosen_by_caller" {
  name              = "partners"
  mfa_configuration = var.pool_mfa
}
