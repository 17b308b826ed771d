resource "aws_sqs_queue" "dead_letters" {
  name                      = "orders-dlq"
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue" "with_inline_dlq" {
  name = "orders-main"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 5
  })
}

resource "aws_lambda_event_source_mapping" "with_inline_dlq" {
  event_source_arn = aws_sqs_queue.with_inline_dlq.arn
  function_name    = "process-main"
}

resource "aws_sqs_queue" "split_dlq" {
  name = "payments-dlq"
}

resource "aws_sqs_queue" "with_split_redrive" {
  name = "payments"
}

resource "aws_sqs_queue_redrive_policy" "payments" {
  queue_url = aws_sqs_queue.with_split_redrive.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.split_dlq.arn
    maxReceiveCount     = 3
  })
}

resource "aws_lambda_event_source_mapping" "payments" {
  event_source_arn = aws_sqs_queue.with_split_redrive.arn
  function_name    = "process-payments"
}

# A dead-letter queue drained by a function that replays its messages.
resource "aws_lambda_event_source_mapping" "replay" {
  event_source_arn = aws_sqs_queue.dead_letters.arn
  function_name    = "replay-orders"
}

# Read by consumers outside this configuration's view: not judged.
resource "aws_sqs_queue" "no_lambda_consumer" {
  name = "exports"
}

# Queues that receive what Lambda, SNS or EventBridge failed to process or deliver are
# dead-letter stores themselves, also when a function drains them to replay their messages.
resource "aws_sqs_queue" "async_dlq" {
  name = "thumbnails-dlq"
}

resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = "arn:aws:iam::111122223333:role/thumbnails"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "thumbnails.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.async_dlq.arn
  }
}

resource "aws_lambda_event_source_mapping" "replay_async_dlq" {
  event_source_arn = aws_sqs_queue.async_dlq.arn
  function_name    = "replay-thumbnails"
}

resource "aws_sqs_queue" "on_failure" {
  name = "exports-failed"
}

resource "aws_lambda_function_event_invoke_config" "exports" {
  function_name = "exports"

  destination_config {
    on_failure {
      destination = aws_sqs_queue.on_failure.arn
    }
  }
}

resource "aws_lambda_event_source_mapping" "replay_on_failure" {
  event_source_arn = aws_sqs_queue.on_failure.arn
  function_name    = "replay-exports"
}

resource "aws_sqs_queue" "stream_failures" {
  name = "clicks-failed-batches"
}

resource "aws_lambda_event_source_mapping" "clicks_stream" {
  event_source_arn  = "arn:aws:kinesis:us-east-1:111122223333:stream/clicks"
  function_name     = "aggregate-clicks"
  starting_position = "LATEST"

  destination_config {
    on_failure {
      destination_arn = aws_sqs_queue.stream_failures.arn
    }
  }
}

resource "aws_lambda_event_source_mapping" "replay_stream_failures" {
  event_source_arn = aws_sqs_queue.stream_failures.arn
  function_name    = "replay-clicks"
}

resource "aws_sqs_queue" "undelivered_notifications" {
  name = "alerts-undelivered"
}

resource "aws_sns_topic_subscription" "alerts_webhook" {
  topic_arn = "arn:aws:sns:us-east-1:111122223333:alerts"
  protocol  = "https"
  endpoint  = "https://hooks.example.com/alerts"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.undelivered_notifications.arn
  })
}

resource "aws_lambda_event_source_mapping" "replay_notifications" {
  event_source_arn = aws_sqs_queue.undelivered_notifications.arn
  function_name    = "replay-alerts"
}

resource "aws_sqs_queue" "undelivered_events" {
  name = "events-undelivered"
}

resource "aws_cloudwatch_event_target" "audit" {
  rule = "audit"
  arn  = "arn:aws:lambda:us-east-1:111122223333:function:audit"

  dead_letter_config {
    arn = aws_sqs_queue.undelivered_events.arn
  }
}

resource "aws_lambda_event_source_mapping" "replay_events" {
  event_source_arn = aws_sqs_queue.undelivered_events.arn
  function_name    = "replay-audit"
}
