rule "account-alarms-on-console-sign-in-without-mfa" {
  id        = "MFA010"
  title     = "An AWS account configuration alarms on console sign-in without MFA"
  family    = "identity"
  severity  = "medium"
  preset    = "account-baseline"
  resources = ["provider.aws"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6", "CC7.2"]
    sox  = ["ITGC-AC", "ITGC-CO"]
  }

  # A CloudWatch Logs metric filter on the trail's log group whose pattern matches ConsoleLogin
  # events and MFAUsed, and a metric alarm on the metric that filter publishes. Sources disagree on
  # MFA's criterion (CC6.6 for access from outside, CC6.1/CC6.2 for authentication): it is both.
  assert = self.alias != null || anytrue([
    for f in resources("aws_cloudwatch_log_metric_filter") :
    can(regex("ConsoleLogin", f.pattern)) && can(regex("MFAUsed", f.pattern)) &&
    anytrue([
      for a in resources("aws_cloudwatch_metric_alarm") :
      contains([for m in coalesce(f.metric_transformation, []) : m.name], a.metric_name)
    ])
  ])

  message     = "the configuration deploys into an AWS account but no metric filter and alarm catch console sign-ins without MFA"
  remediation = "Send the trail to a CloudWatch Logs group, add an aws_cloudwatch_log_metric_filter with a pattern such as { ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }, and an aws_cloudwatch_metric_alarm on its metric that notifies the security team."
  why         = <<-EOT
    MFA is only a control if someone notices when it is bypassed. A sign-in to the console
    without MFA means a user without a device, an exempted account or a policy gap; an alarm
    turns it into an event that is looked at, which is the monitoring CC7.2 asks for around the
    access controls of CC6.1.
  EOT
}
