resource "aws_ssm_parameter" "secure" {
  name   = "/app/prod/db-password"
  type   = "SecureString"
  value  = random_password.secure.result
  key_id = "alias/app"
}

resource "random_password" "secure" {
  length = 32
}

resource "aws_ssm_parameter" "endpoint" {
  name  = "/app/prod/db-endpoint"
  type  = "String"
  value = "db.internal.example.com"
}

resource "aws_ssm_parameter" "kms_key_id" {
  name  = "/app/prod/kms-key-id"
  type  = "String"
  value = "alias/app"
}

variable "parameter_name" {
  type = string
}

resource "aws_ssm_parameter" "named_by_caller" {
  name  = var.parameter_name
  type  = "String"
  value = "x"
}
