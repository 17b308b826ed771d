resource "aws_secretsmanager_secret" "db" {
  name = "orders/db"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-postgres"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "services" {
  for_each = toset(["api", "worker"])
  name     = "${each.key}/db"
}

resource "aws_secretsmanager_secret_rotation" "services" {
  for_each            = aws_secretsmanager_secret.services
  secret_id           = each.value.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-postgres"
  rotation_rules {
    automatically_after_days = 30
  }
}
