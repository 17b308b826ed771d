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
