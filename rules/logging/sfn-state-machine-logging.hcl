rule "sfn-state-machine-logging" {
  id       = "LOG027"
  title    = "Step Functions state machines log executions to CloudWatch Logs"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_sfn_state_machine"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # logging_configuration.level defaults to OFF; ALL, ERROR and FATAL send execution events
  # to the log_destination. Standard workflows keep 90 days of execution history in the
  # service even without it; Express workflows keep none. In the "all" preset: the record
  # is operational (what ran and what failed), not who changed what.
  assert   = contains(["ALL", "ERROR", "FATAL"], try(upper(self.logging_configuration[0].level), "OFF"))
  location = "logging_configuration"

  message     = "the state machine does not log its executions (logging_configuration.level is OFF or unset)"
  remediation = "Add logging_configuration { level = \"ERROR\" (or \"ALL\"), log_destination = \"<log group ARN>:*\" }, with include_execution_data only where the payloads may be logged."
  why         = <<-EOT
    State machines run business processes: payments, provisioning, data pipelines. Their
    execution logs show which runs failed, where and with what error, and for Express
    workflows they are the only record that a run happened at all.
  EOT
}
