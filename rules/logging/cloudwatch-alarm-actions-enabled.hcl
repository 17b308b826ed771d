rule "cloudwatch-alarm-actions-enabled" {
  id       = "LOG035"
  title    = "CloudWatch alarms have their actions enabled"
  family   = "logging"
  severity = "low"
  resources = ["aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # actions_enabled defaults to true. An alarm with actions_enabled = false still changes
  # state, but its alarm, OK and insufficient-data actions (notifications, Auto Scaling,
  # incident tickets) do not run, so nobody is told. Alarms with no actions at all are not
  # reported: they may feed a composite alarm or a dashboard.
  assert   = self.actions_enabled != false
  location = "actions_enabled"

  message     = "the alarm's actions are disabled (actions_enabled = false): a breach notifies no one"
  remediation = "Remove actions_enabled = false (or set it to true). To silence an alarm for maintenance, suppress it temporarily (composite alarm actions_suppressor) rather than leaving actions off in the code."
  why         = <<-EOT
    Monitoring gives evidence only if someone is told when a threshold is crossed. An alarm
    whose actions are switched off looks like coverage in a review of the configuration, yet
    sends no notification and triggers no response when it fires.
  EOT

  fix {
    title = "Set actions_enabled = true"
    set {
      actions_enabled = true
    }
  }
}
