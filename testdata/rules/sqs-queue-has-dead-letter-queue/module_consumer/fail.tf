resource "aws_sqs_queue" "events" { # expect: sqs-queue-has-dead-letter-queue
  name = "events"
}

# The mapping is made in a module, from the queue's ARN passed in.
module "consumer" {
  source    = "./consumer"
  queue_arn = aws_sqs_queue.events.arn
}
