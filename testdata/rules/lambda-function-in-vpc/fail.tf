variable "fn_subnets" {
  type    = list(string)
  default = []
}

resource "aws_lambda_function" "no_vpc" { # expect: lambda-function-in-vpc
  function_name = "no-vpc"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"
}

resource "aws_lambda_function" "empty_subnets" {
  count         = 2
  function_name = "empty-subnets-${count.index}"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  vpc_config { # expect: lambda-function-in-vpc
    subnet_ids         = var.fn_subnets
    security_group_ids = []
  }
}
