rule "sfn-state-machine-xray-tracing" {
  id       = "LOG034"
  title    = "Step Functions state machines send traces to AWS X-Ray"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_sfn_state_machine"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # tracing_configuration.enabled defaults to false. Execution history logging is a separate
  # rule (sfn-state-machine-logging); tracing adds the calls each state makes to other
  # services. In the "all" preset: diagnostic data, not an audit record.
  assert   = try(self.tracing_configuration[0].enabled == true, false)
  location = "tracing_configuration.enabled"

  message     = "the state machine does not send traces to X-Ray (tracing_configuration.enabled is not true)"
  remediation = "Add tracing_configuration { enabled = true } and allow the state machine's role to call xray:PutTraceSegments, xray:PutTelemetryRecords and xray:GetSamplingRules/GetSamplingTargets."
  why         = <<-EOT
    X-Ray traces show each execution's path through states and the services they call, with
    timings and errors. When a workflow misbehaves, they let responders see which step and
    which downstream call failed, alongside the execution history.
  EOT
}
