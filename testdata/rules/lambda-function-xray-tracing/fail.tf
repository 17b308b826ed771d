variable "passive_tracing_mode" {
  type    = string
  default = "PassThrough"
}

resource "aws_lambda_function" "no_tracing_block" { # expect: lambda-function-xray-tracing
  function_name = "no-tracing"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"
}

resource "aws_lambda_function" "pass_through" {
  function_name = "pass-through"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  tracing_config {
    mode = "PassThrough" # expect: lambda-function-xray-tracing
  }
}

resource "aws_lambda_function" "mode_from_variable" {
  for_each      = toset(["a", "b"])
  function_name = "from-variable-${each.key}"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  tracing_config {
    mode = var.passive_tracing_mode # expect: lambda-function-xray-tracing
  }
}

resource "aws_lambda_function" "dynamic_off" {
  function_name = "dynamic-off"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  dynamic "tracing_config" { # expect: lambda-function-xray-tracing
    for_each = []
    content {
      mode = "Active"
    }
  }
}
