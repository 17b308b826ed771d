variable "dlq_arn" {
  type    = string
  default = "arn:aws:sqs:us-east-1:111122223333:resize-dlq"
}

resource "aws_sqs_queue" "failures" {
  name = "ingest-failures"
}

resource "aws_lambda_function" "resize" {
  function_name = "resize"
  role          = "arn:aws:iam::111122223333:role/resize"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "resize.zip"

  dynamic "dead_letter_config" {
    for_each = var.dlq_arn == null ? [] : [var.dlq_arn]
    content {
      target_arn = dead_letter_config.value
    }
  }
}

resource "aws_sns_topic_subscription" "resize" {
  topic_arn = "arn:aws:sns:us-east-1:111122223333:images"
  protocol  = "lambda"
  endpoint  = aws_lambda_function.resize.arn
}

resource "aws_lambda_function" "ingest" {
  function_name = "ingest"
  role          = "arn:aws:iam::111122223333:role/ingest"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "ingest.zip"
}

resource "aws_scheduler_schedule" "ingest" {
  name                = "ingest"
  schedule_expression = "rate(1 hour)"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_lambda_function.ingest.arn
    role_arn = "arn:aws:iam::111122223333:role/scheduler"
  }
}

resource "aws_lambda_function_event_invoke_config" "ingest" {
  function_name = aws_lambda_function.ingest.function_name

  destination_config {
    on_failure {
      destination = aws_sqs_queue.failures.arn
    }
  }
}

# Invoked synchronously (API Gateway, or a caller outside this configuration): not judged.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "api.zip"
}
