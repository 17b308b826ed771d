resource "aws_lambda_function" "literal_password" {
  function_name = "orders"
  role          = "arn:aws:iam::111122223333:role/orders-lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "orders.zip"

  environment {
    variables = { # expect: lambda-environment-no-literal-secrets
      DB_HOST     = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
      DB_PASSWORD = "Orders-Db-2024!"
    }
  }
}

variable "stripe_api_key" {
  type    = string
  default = "sk_live_0123456789abcdef"
}

resource "aws_lambda_function" "variable_default" {
  for_each      = toset(["eu", "us"])
  function_name = "payments-${each.key}"
  role          = "arn:aws:iam::111122223333:role/payments-lambda"
  handler       = "main.handler"
  runtime       = "python3.12"
  filename      = "payments.zip"

  environment {
    variables = { # expect: lambda-environment-no-literal-secrets
      STRIPE_API_KEY = var.stripe_api_key
      REGION         = each.key
    }
  }
}

resource "aws_lambda_function" "access_key_value" {
  function_name = "uploader"
  role          = "arn:aws:iam::111122223333:role/uploader-lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "uploader.zip"

  environment {
    variables = merge({ # expect: lambda-environment-no-literal-secrets
      UPLOAD_USER = "AKIAIOSFODNN7EXAMPLE"
      }, {
      STAGE = "prod"
    })
  }
}

resource "random_password" "signing" {
  length = 40
}

resource "aws_lambda_function" "mixed_known_and_unknown" {
  function_name = "tokens"
  role          = "arn:aws:iam::111122223333:role/tokens-lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "tokens.zip"

  environment {
    variables = { # expect: lambda-environment-no-literal-secrets
      SIGNING_SECRET = random_password.signing.result
      GITHUB_TOKEN   = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"
    }
  }
}
