resource "aws_secretsmanager_secret_rotation" "monthly" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:api/db-AbCdEf"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-postgres"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret_rotation" "hourly_rate" {
  secret_id           = "tokens/signing"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-token"
  rotation_rules {
    schedule_expression = "rate(4 hours)"
  }
}

resource "aws_secretsmanager_secret_rotation" "cron" {
  secret_id           = "batch/db"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-postgres"
  rotation_rules {
    schedule_expression = "cron(0 4 1 * ? *)"
    duration            = "3h"
  }
}

variable "supplied_rotation_days" {
  type = number
}

resource "aws_secretsmanager_secret_rotation" "unknown" {
  secret_id           = "unknown/db"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-postgres"
  rotation_rules {
    automatically_after_days = var.supplied_rotation_days
  }
}
