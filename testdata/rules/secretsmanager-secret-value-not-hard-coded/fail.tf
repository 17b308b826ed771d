resource "aws_secretsmanager_secret" "api" {
  name = "prod/api"
}

resource "aws_secretsmanager_secret_version" "api" {
  secret_id     = aws_secretsmanager_secret.api.id
  secret_string = "sk_live_51Habcdefghijklmnop" # expect: secretsmanager-secret-value-not-hard-coded
}

variable "db_credentials" {
  type = object({ username = string, password = string })
  default = {
    username = "app"
    password = "app-password-1"
  }
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = "prod/db"
  secret_string = jsonencode(var.db_credentials) # expect: secretsmanager-secret-value-not-hard-coded
}
