rule "sqs-queue-has-dead-letter-queue" {
  id       = "RES018"
  title    = "SQS queues that trigger Lambda functions send failing messages to a dead-letter queue"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_sqs_queue"]
  criteria = {
    soc2 = ["A1.2"]
    sox  = ["ITGC-CO"]
  }

  # Only queues that an aws_lambda_event_source_mapping reads (event_source_arn) are judged:
  # for them the consumer is in view, and Lambda's on-failure destinations do not apply to SQS
  # sources, so the queue's own redrive policy is the only place failed messages can go.
  # Queues read by other consumers are not judged.
  # A queue has a dead-letter queue when its redrive_policy is set, or an
  # aws_sqs_queue_redrive_policy refers to it. A queue that is itself a dead-letter queue is
  # not judged, even when a function drains it to replay its messages: another queue's
  # redrive_policy or aws_sqs_queue_redrive_policy names it, it has a redrive_allow_policy
  # (inline or as aws_sqs_queue_redrive_allow_policy), or it receives what others failed to
  # deliver or process: a Lambda function's dead_letter_config.target_arn, an on-failure
  # destination of an aws_lambda_function_event_invoke_config
  # (destination_config.on_failure.destination) or of a stream event source mapping
  # (destination_config.on_failure.destination_arn), an SNS subscription's redrive_policy, or
  # the dead_letter_config of an EventBridge target or Scheduler schedule.
  # Preset "all": whether failed messages must be kept for inspection and replay depends on
  # the workload (some consumers handle failures themselves). A1.2: failed messages are kept
  # for recovery instead of expiring; ITGC-CO.
  assert = (
    length(referrers("aws_lambda_event_source_mapping", "event_source_arn")) == 0 ||
    is_set(self.redrive_policy) ||
    length(referrers("aws_sqs_queue_redrive_policy", "queue_url")) > 0 ||
    is_set(self.redrive_allow_policy) ||
    length(referrers("aws_sqs_queue", "redrive_policy")) > 0 ||
    length(referrers("aws_sqs_queue_redrive_policy", "redrive_policy")) > 0 ||
    length(referrers("aws_sqs_queue_redrive_allow_policy", "queue_url")) > 0 ||
    length(referrers("aws_lambda_function", "dead_letter_config.target_arn")) > 0 ||
    length(referrers("aws_lambda_function_event_invoke_config", "destination_config.on_failure.destination")) > 0 ||
    length(referrers("aws_lambda_event_source_mapping", "destination_config.on_failure.destination_arn")) > 0 ||
    length(referrers("aws_sns_topic_subscription", "redrive_policy")) > 0 ||
    length(referrers("aws_cloudwatch_event_target", "dead_letter_config.arn")) > 0 ||
    length(referrers("aws_scheduler_schedule", "target.dead_letter_config.arn")) > 0
  )

  message     = "the queue triggers a Lambda function but has no dead-letter queue for messages that keep failing"
  remediation = "Create a dead-letter queue and set redrive_policy = jsonencode({ deadLetterTargetArn = aws_sqs_queue.dlq.arn, maxReceiveCount = 5 }) (or an aws_sqs_queue_redrive_policy), with the dead-letter queue's retention longer than the source queue's."
  why         = <<-EOT
    A message that the function cannot process is received again and again until the
    queue's retention period (4 days by default) deletes it, silently; in a FIFO queue it
    also holds up every message behind it in its group. A dead-letter queue
    sets such messages aside after a few attempts, where they can be alarmed on, inspected
    and replayed once the fault is fixed.
  EOT
}
