variable "secret_id" {
  type = string
}

resource "aws_secretsmanager_secret_rotation" "this" {
  secret_id           = var.secret_id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-postgres"
  rotation_rules {
    automatically_after_days = 30
  }
}
