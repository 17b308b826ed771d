rule "lambda-function-xray-tracing" {
  id       = "LOG033"
  title    = "Lambda functions send traces to AWS X-Ray"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_lambda_function"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # tracing_config.mode defaults to "PassThrough": the function traces a request only when an
  # upstream service (API Gateway with tracing on, for example) has already sampled it, so
  # invocations from queues, schedules and events leave no trace. "Active" samples every
  # invocation itself. In the "all" preset: traces help follow an incident through services,
  # but they are diagnostic rather than an audit record, and they cost money per trace.
  assert   = try(self.tracing_config[0].mode == "Active", false)
  location = "tracing_config.mode"

  message     = "the function does not sample its own invocations for X-Ray (tracing_config.mode is not \"Active\")"
  remediation = "Add tracing_config { mode = \"Active\" } and allow xray:PutTraceSegments and xray:PutTelemetryRecords in the function's role (the AWSXRayDaemonWriteAccess managed policy)."
  why         = <<-EOT
    With active tracing each invocation records which downstream services it called, how long
    each call took and where it failed. When an incident crosses several functions and
    services, these traces show the path a request took, which log lines alone rarely do.
  EOT
}
