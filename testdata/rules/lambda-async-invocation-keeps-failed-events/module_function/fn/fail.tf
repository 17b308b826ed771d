variable "name" {
  type = string
}

variable "dead_letter_target_arn" {
  type    = string
  default = null
}

resource "aws_lambda_function" "this" { # expect: lambda-async-invocation-keeps-failed-events
  function_name = var.name
  role          = "arn:aws:iam::111122223333:role/forwarder"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "forwarder.zip"

  dynamic "dead_letter_config" {
    for_each = var.dead_letter_target_arn == null ? [] : [true]
    content {
      target_arn = var.dead_letter_target_arn
    }
  }
}

output "arn" {
  value = aws_lambda_function.this.arn
}
