resource "aws_secretsmanager_secret" "db" {
  name = "orders/db"
}

resource "random_password" "session" {
  length = 40
}

variable "webhook_token" {
  type      = string
  sensitive = true
}

resource "aws_lambda_function" "references_only" {
  function_name = "orders-reader"
  role          = "arn:aws:iam::111122223333:role/orders-reader"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "orders.zip"

  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
      API_KEY_PARAMETER      = "/orders/api-key"
      TOKEN_TABLE            = "tokens"
      SECRET_NAME            = "orders/db"
      PASSWORD_MIN_LENGTH    = "12"
      ACCESS_KEY_ROTATION    = "true"
      SECRET_ARN             = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/db-AbCdEf"
      LOG_LEVEL              = "info"
      EMPTY_SECRET           = ""
    }
  }
}

resource "aws_lambda_function" "unknown_values" {
  function_name = "sessions"
  role          = "arn:aws:iam::111122223333:role/sessions"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "sessions.zip"

  environment {
    variables = {
      SESSION_SECRET = random_password.session.result
      WEBHOOK_TOKEN  = var.webhook_token
    }
  }
}

resource "aws_lambda_function" "no_environment" {
  function_name = "plain"
  role          = "arn:aws:iam::111122223333:role/plain"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "plain.zip"
}
