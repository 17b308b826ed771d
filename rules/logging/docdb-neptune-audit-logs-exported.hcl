rule "docdb-neptune-audit-logs-exported" {
  id       = "LOG022"
  title    = "DocumentDB and Neptune clusters export audit logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_docdb_cluster", "aws_neptune_cluster"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # DocumentDB lists exports in enabled_cloudwatch_logs_exports ("audit", "profiler"),
  # Neptune in enable_cloudwatch_logs_exports ("audit", "slowquery"); nothing is exported by
  # default. The audit export only carries events when the cluster parameter group turns
  # auditing on (DocumentDB audit_logs, Neptune neptune_enable_audit_log), which the
  # remediation mentions but the rule does not follow.
  assert = contains(
    concat(
      coalesce(self.enabled_cloudwatch_logs_exports, []),
      coalesce(self.enable_cloudwatch_logs_exports, [])
    ),
    "audit"
  )

  message     = "the cluster does not export audit logs to CloudWatch Logs"
  remediation = "Add \"audit\" to enabled_cloudwatch_logs_exports (DocumentDB) or enable_cloudwatch_logs_exports (Neptune), and turn auditing on in the cluster parameter group (audit_logs = enabled, or neptune_enable_audit_log = 1)."
  why         = <<-EOT
    Audit logs record authentication attempts, changes to users and roles, and (as
    configured) the operations clients run. Exported to CloudWatch Logs they are kept under
    a retention policy and can be searched and alarmed on, which is how access to the data
    these clusters hold is reviewed and misuse investigated.
  EOT
}
