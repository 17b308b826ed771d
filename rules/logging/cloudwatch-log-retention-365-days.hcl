rule "cloudwatch-log-retention-365-days" {
  id       = "LOG005"
  title    = "CloudWatch log groups keep events for at least the configured number of days"
  family   = "logging"
  severity = "low"
  resources = ["aws_cloudwatch_log_group"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  parameter "min_log_retention_days" {
    default     = 365
    description = "Fewest days log events must be kept; retention that never expires always passes."
  }

  # An unset retention_in_days, or 0, keeps events forever, which satisfies the rule. The
  # name keeps "365" because rule names are stable; the minimum is the parameter (365 by
  # default, a year being the usual SOC 2 Type II period).
  assert = (
    self.retention_in_days == null ||
    self.retention_in_days == 0 ||
    self.retention_in_days >= param.min_log_retention_days
  )
  location = "retention_in_days"

  message     = "the log group deletes events sooner than the configured minimum retention (min_log_retention_days, 365 days by default)"
  remediation = "Set retention_in_days to at least min_log_retention_days (365 by default), or leave it unset to keep events forever; or export the logs to longer-term storage and document that."
  why         = <<-EOT
    Intrusions are often found months after they start, and a SOC 2 Type II period usually
    spans a year. Logs that expire sooner than the organisation's retention policy cannot
    support an investigation or show that monitoring ran through the whole period under
    audit.
  EOT
}
