variable "fn_subnets_unset" {
  type = list(string)
}

resource "aws_lambda_function" "in_vpc" {
  function_name = "in-vpc"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  vpc_config {
    subnet_ids         = ["subnet-a", "subnet-b"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_lambda_function" "dynamic_vpc" {
  function_name = "dynamic-vpc"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  dynamic "vpc_config" {
    for_each = [{ subnets = ["subnet-a"], groups = ["sg-0123456789abcdef0"] }]
    content {
      subnet_ids         = vpc_config.value.subnets
      security_group_ids = vpc_config.value.groups
    }
  }
}

resource "aws_lambda_function" "unknown_subnets" {
  function_name = "unknown-subnets"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  vpc_config {
    subnet_ids         = var.fn_subnets_unset
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}
