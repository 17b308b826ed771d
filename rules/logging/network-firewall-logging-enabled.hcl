rule "network-firewall-logging-enabled" {
  id       = "LOG021"
  title    = "Network Firewall firewalls log alerts or flows"
  family   = "logging"
  severity = "medium"
  resources = ["aws_networkfirewall_firewall"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # A firewall logs nothing until an aws_networkfirewall_logging_configuration whose
  # firewall_arn refers to it sends ALERT or FLOW logs to a destination (TLS logs alone
  # record only TLS inspection errors).
  assert = anytrue(flatten([
    for c in referrers("aws_networkfirewall_logging_configuration", "firewall_arn") : [
      for l in coalesce(c.logging_configuration, []) : [
        for d in coalesce(l.log_destination_config, []) : contains(["ALERT", "FLOW"], d.log_type)
      ]
    ]
  ]))

  message     = "no logging configuration sends this firewall's alert or flow logs anywhere"
  remediation = "Add an aws_networkfirewall_logging_configuration with firewall_arn = this firewall's ARN and log_destination_config blocks for log_type \"ALERT\" (and \"FLOW\") to CloudWatch Logs, S3 or Firehose."
  why         = <<-EOT
    The firewall inspects traffic entering and leaving the VPCs behind it. Alert logs record
    the connections its stateful rules dropped or flagged and flow logs record what it let
    through; without them a blocked intrusion attempt or an allowed exfiltration leaves no
    trace to investigate.
  EOT
}
