resource "aws_sqs_queue" "orders" { # expect: sqs-queue-has-dead-letter-queue
  name = "orders"
}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = "process-orders"
}

resource "aws_sqs_queue" "per_tenant" { # expect: sqs-queue-has-dead-letter-queue
  for_each = toset(["acme", "globex"])
  name     = "jobs-${each.key}"
}

resource "aws_lambda_event_source_mapping" "per_tenant" {
  for_each         = aws_sqs_queue.per_tenant
  event_source_arn = each.value.arn
  function_name    = "process-jobs"
}

# A redrive policy for another queue does not cover this one.
resource "aws_sqs_queue" "neighbour" { # expect: sqs-queue-has-dead-letter-queue
  name = "neighbour"
}

locals {
  neighbour_arn = aws_sqs_queue.neighbour.arn
}

resource "aws_lambda_event_source_mapping" "neighbour" {
  event_source_arn = local.neighbour_arn
  function_name    = "process-neighbour"
}

# A Lambda function's dead-letter queue elsewhere does not make this queue one.
resource "aws_sqs_queue" "jobs" { # expect: sqs-queue-has-dead-letter-queue
  name = "jobs"
}

resource "aws_sqs_queue" "jobs_function_dlq" {
  name = "jobs-function-dlq"
}

resource "aws_lambda_function" "jobs" {
  function_name = "jobs"
  role          = "arn:aws:iam::111122223333:role/jobs"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "jobs.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.jobs_function_dlq.arn
  }
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.jobs.arn
}

# Consumed through a for_each over a map whose values name the queue (as the lambda module
# writes its event source mappings): the map's keys are not the queue's.
resource "aws_sqs_queue" "through_map" { # expect: sqs-queue-has-dead-letter-queue
  name = "through-map"
}

locals {
  event_sources = {
    sqs = { event_source_arn = aws_sqs_queue.through_map.arn }
  }
}

resource "aws_lambda_event_source_mapping" "through_map" {
  for_each         = local.event_sources
  event_source_arn = try(each.value.event_source_arn, null)
  function_name    = "process-map"
}
