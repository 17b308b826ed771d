rule "msk-broker-logging-enabled" {
  id       = "LOG019"
  title    = "MSK clusters deliver broker logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_msk_cluster"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # Broker logs go nowhere unless logging_info.broker_logs enables at least one destination
  # (cloudwatch_logs, firehose or s3, each with enabled = true). MSK Serverless has no broker
  # logs and is a different resource type.
  assert = anytrue(flatten([
    for l in coalesce(self.logging_info, []) : [
      for b in coalesce(l.broker_logs, []) : [
        for d in concat(coalesce(b.cloudwatch_logs, []), coalesce(b.firehose, []), coalesce(b.s3, [])) :
        d.enabled == true
      ]
    ]
  ]))
  location = "logging_info"

  message     = "the cluster delivers no broker logs (no logging_info.broker_logs destination with enabled = true)"
  remediation = "Add logging_info { broker_logs { cloudwatch_logs { enabled = true, log_group = ... } } } (or a firehose or s3 destination)."
  why         = <<-EOT
    Kafka brokers log client connections, authentication and authorisation failures and
    broker errors. Delivered off the brokers, these logs show which clients reached which
    topics and when access was refused, which is needed to detect misuse of an event stream
    that often carries customer and financial events.
  EOT
}
