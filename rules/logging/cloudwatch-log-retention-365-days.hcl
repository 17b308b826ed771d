rule "cloudwatch-log-retention-365-days" {
  id       = "LOG005"
  title    = "CloudWatch log groups keep events for at least a year"
  family   = "logging"
  severity = "low"
  resources = ["aws_cloudwatch_log_group"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
  }

  # An unset retention_in_days, or 0, keeps events forever, which satisfies the rule.
  assert = (
    self.retention_in_days == null ||
    self.retention_in_days == 0 ||
    self.retention_in_days >= 365
  )
  location = "retention_in_days"

  message     = "the log group deletes events after less than 365 days"
  remediation = "Set retention_in_days to 365 or more (or export the logs to longer-term storage and document that)."
  why         = <<-EOT
    Intrusions are often found months after they start, and a SOC 2 Type II period usually
    spans a year. Logs that expire sooner cannot support an investigation or show that
    monitoring ran through the whole period under audit.
  EOT
}
