resource "aws_lambda_function" "api" { # expect: lambda-environment-encrypted-with-cmk
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}

locals {
  worker_env = { QUEUE_URL = "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs" }
}

resource "aws_lambda_function" "worker" { # expect: lambda-environment-encrypted-with-cmk
  function_name = "worker"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  dynamic "environment" {
    for_each = length(local.worker_env) > 0 ? [local.worker_env] : []
    content {
      variables = environment.value
    }
  }
}

resource "aws_lambda_function" "aws_alias" {
  function_name = "aws-alias"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  kms_key_arn   = "arn:aws:kms:eu-west-1:111122223333:alias/aws/lambda" # expect: lambda-environment-encrypted-with-cmk
  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}
