resource "aws_secretsmanager_secret" "db_password" { # expect: secretsmanager-secret-encrypted-with-cmk
  name = "db-password"
}

variable "secret_key" {
  type    = string
  default = ""
}

resource "aws_secretsmanager_secret" "api_token" {
  name       = "api-token"
  kms_key_id = var.secret_key # expect: secretsmanager-secret-encrypted-with-cmk
}

locals {
  managed_secrets_key = "alias/aws/secretsmanager"
}

resource "aws_secretsmanager_secret" "aws_alias" {
  name       = "aws-alias"
  kms_key_id = local.managed_secrets_key # expect: secretsmanager-secret-encrypted-with-cmk
}
