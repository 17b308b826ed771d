rule "cloudtrail-sends-to-cloudwatch-logs" {
  id       = "LOG007"
  title    = "CloudTrail trails deliver events to CloudWatch Logs"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_cloudtrail"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # A trail only writes to S3 unless cloud_watch_logs_group_arn (with a role CloudTrail can
  # assume) is set. In the "all" preset because organisations that forward the S3 files to a
  # SIEM, or alert on CloudTrail events through EventBridge, monitor the trail without it.
  assert   = is_set(self.cloud_watch_logs_group_arn)
  location = "cloud_watch_logs_group_arn"

  message     = "the trail does not deliver its events to a CloudWatch Logs group"
  remediation = "Set cloud_watch_logs_group_arn to \"<log group ARN>:*\" and cloud_watch_logs_role_arn to a role that CloudTrail may assume to write to that group, then add metric filters and alarms for the events that matter."
  why         = <<-EOT
    Files in S3 are a record, not a monitor: nobody is told when a root login, a policy change
    or a disabled trail appears in them. Delivering the trail to CloudWatch Logs lets metric
    filters and alarms flag such events within minutes, which is the detection that incident
    evaluation starts from.
  EOT
}
