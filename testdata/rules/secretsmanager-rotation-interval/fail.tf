resource "aws_secretsmanager_secret_rotation" "yearly" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/db-AbCdEf"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-postgres"
  rotation_rules { # expect: secretsmanager-rotation-interval
    automatically_after_days = 365
  }
}

variable "rotation_days" {
  type    = number
  default = 180
}

resource "aws_secretsmanager_secret_rotation" "rate_expression" {
  for_each            = toset(["billing", "reports"])
  secret_id           = "${each.key}/db"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-mysql"
  rotation_rules { # expect: secretsmanager-rotation-interval
    schedule_expression = "rate(${var.rotation_days} days)"
  }
}
