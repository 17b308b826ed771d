rule "mq-broker-logging-enabled" {
  id       = "LOG023"
  title    = "Amazon MQ brokers publish general logs, and audit logs for ActiveMQ"
  family   = "logging"
  severity = "medium"
  resources = ["aws_mq_broker"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # logs.general and logs.audit both default to false. RabbitMQ brokers support only the
  # general log; ActiveMQ brokers also have an audit log of management actions (JMX and
  # web console), which is required for them.
  assert = (
    try(self.logs[0].general == true, false) &&
    (lower(coalesce(self.engine_type, "")) != "activemq" || try(self.logs[0].audit == true, false))
  )
  location = "logs"

  message     = "the broker does not publish its general log (and, for ActiveMQ, its audit log) to CloudWatch Logs"
  remediation = "Add logs { general = true } and, on ActiveMQ brokers, audit = true."
  why         = <<-EOT
    Message brokers carry orders, payments and other business events between systems. The
    general log records connections and broker activity, and ActiveMQ's audit log records
    management actions such as creating or deleting queues and changing users; without
    them, who reached the broker and what was changed cannot be established.
  EOT
}
