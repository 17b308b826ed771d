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
