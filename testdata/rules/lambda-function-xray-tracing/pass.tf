variable "tracing_mode" {
  type    = string
  default = "Active"
}

variable "mode_without_value" {
  type = string
}

resource "aws_lambda_function" "active" {
  function_name = "active"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  tracing_config {
    mode = "Active"
  }
}

resource "aws_lambda_function" "active_from_variable" {
  count         = 2
  function_name = "active-${count.index}"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  tracing_config {
    mode = var.tracing_mode
  }
}

resource "aws_lambda_function" "active_dynamic" {
  function_name = "active-dynamic"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  dynamic "tracing_config" {
    for_each = ["Active"]
    content {
      mode = tracing_config.value
    }
  }
}

# Unknown before apply: undecided, no finding.
resource "aws_lambda_function" "unknown_mode" {
  function_name = "unknown-mode"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "function.zip"

  tracing_config {
    mode = var.mode_without_value
  }
}
