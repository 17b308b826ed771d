# No environment variables: nothing to encrypt.
resource "aws_lambda_function" "plain" {
  function_name = "plain"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_lambda_function" "empty_env" {
  function_name = "empty-env"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  environment {
    variables = {}
  }
}

resource "aws_kms_key" "lambda" {
  description         = "lambda env"
  enable_key_rotation = true
}

resource "aws_lambda_function" "cmk" {
  function_name = "cmk"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  kms_key_arn   = aws_kms_key.lambda.arn
  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}
