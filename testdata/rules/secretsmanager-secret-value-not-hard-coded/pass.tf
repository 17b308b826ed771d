resource "random_password" "app" {
  length = 32
}

resource "aws_secretsmanager_secret_version" "generated" {
  secret_id = "prod/app"
  secret_string = jsonencode({
    username = "app"
    password = random_password.app.result
  })
}

variable "supplied_secret" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret_version" "supplied" {
  secret_id     = "prod/supplied"
  secret_string = var.supplied_secret
}

resource "aws_secretsmanager_secret_version" "binary_from_caller" {
  secret_id     = "prod/cert"
  secret_binary = base64encode(var.supplied_secret)
}
