rule "opensearch-audit-logs-published" {
  id       = "LOG017"
  title    = "OpenSearch domains publish audit logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_opensearch_domain", "aws_elasticsearch_domain"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # A domain publishes nothing unless a log_publishing_options block names the log type;
  # such a block is on unless enabled = false. AUDIT_LOGS is the only type that records who
  # accessed which index; it requires fine-grained access control
  # (advanced_security_options.enabled = true), which the remediation points to. Error,
  # index-slow and search-slow logs are diagnostic and do not count.
  assert = anytrue([
    for o in coalesce(self.log_publishing_options, []) :
    o.log_type == "AUDIT_LOGS" && o.enabled != false
  ])
  location = "log_publishing_options"

  message     = "the domain does not publish audit logs (no enabled log_publishing_options with log_type AUDIT_LOGS)"
  remediation = "Enable fine-grained access control (advanced_security_options.enabled = true) and add log_publishing_options { log_type = \"AUDIT_LOGS\", cloudwatch_log_group_arn = ... } with a log group resource policy that lets OpenSearch write to it."
  why         = <<-EOT
    Search domains often hold copies of customer records and application logs. Audit logs
    record authentication attempts and which user read or changed which index, so access to
    that data can be reviewed and misuse investigated; the error and slow logs do not say who
    did anything.
  EOT
}
