rule "lambda-async-invocation-keeps-failed-events" {
  id       = "RES032"
  title    = "Lambda functions invoked asynchronously keep the events they fail to process"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_lambda_function"]
  criteria = {
    soc2 = ["A1.2"]
    sox  = ["ITGC-CO"]
  }

  # Judged only for functions this configuration subscribes to an asynchronous source: an SNS
  # subscription (endpoint), an S3 bucket notification (lambda_function.lambda_function_arn),
  # an EventBridge rule target (arn), an EventBridge Scheduler schedule (target.arn) or a
  # CloudWatch Logs subscription filter (destination_arn) that refers to the function. Sources
  # that name an alias or a version rather than the function are not followed.
  # A function keeps failed events when its dead_letter_config names a queue or topic, or an
  # aws_lambda_function_event_invoke_config for it (function_name) has an on_failure
  # destination. Event sources read by polling (SQS, Kinesis, DynamoDB streams) are
  # synchronous and not concerned: their failures stay in the source (see
  # sqs-queue-has-dead-letter-queue, RES018).
  # Preset "all": some events can be dropped (a periodic job reruns anyway), which the owner
  # of the function decides. A1.2: failed events are kept for recovery; ITGC-CO.
  assert = (
    (
      length(referrers("aws_sns_topic_subscription", "endpoint")) == 0 &&
      length(referrers("aws_s3_bucket_notification", "lambda_function.lambda_function_arn")) == 0 &&
      length(referrers("aws_cloudwatch_event_target", "arn")) == 0 &&
      length(referrers("aws_scheduler_schedule", "target.arn")) == 0 &&
      length(referrers("aws_cloudwatch_log_subscription_filter", "destination_arn")) == 0
    ) ||
    anytrue([for d in coalesce(self.dead_letter_config, []) : is_set(d.target_arn)]) ||
    anytrue([
      for c in referrers("aws_lambda_function_event_invoke_config", "function_name") :
      anytrue([
        for dc in coalesce(c.destination_config, []) :
        anytrue([for f in coalesce(dc.on_failure, []) : is_set(f.destination)])
      ])
    ])
  )

  message     = "the function is invoked asynchronously but events it fails to process are discarded (no dead-letter queue or on-failure destination)"
  remediation = "Add an aws_lambda_function_event_invoke_config for the function with destination_config { on_failure { destination = <SQS queue, SNS topic, S3 bucket or EventBridge bus ARN> } }, or a dead_letter_config { target_arn = <SQS queue or SNS topic ARN> }, and alarm on what arrives there."
  why         = <<-EOT
    When S3, SNS, EventBridge or CloudWatch Logs invoke a function, Lambda queues the event and
    retries it twice on error; an event that still fails, or that waits longer than the
    maximum event age (six hours by default), is then dropped without trace. A dead-letter
    queue or an on-failure destination keeps such events, with the error, so they can be
    alarmed on and replayed once the fault is fixed.
  EOT
}
