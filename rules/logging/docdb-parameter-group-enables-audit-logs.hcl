rule "docdb-parameter-group-enables-audit-logs" {
  id       = "LOG039"
  title    = "DocumentDB cluster parameter groups turn on auditing"
  family   = "logging"
  severity = "medium"
  resources = ["aws_docdb_cluster_parameter_group"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # DocumentDB records audit events only when the cluster parameter audit_logs is "enabled"
  # (or, on engine 4.0 and later, names event categories: "ddl", "dml_read", "dml_write",
  # "all"); its default, in the default parameter group too, is "disabled". Exporting the
  # "audit" log (docdb-neptune-audit-logs-exported) sends nothing without it. A parameter
  # group that does not set audit_logs leaves it disabled for every cluster using it.
  assert = anytrue([
    for p in coalesce(self.parameter, []) :
    p.name == "audit_logs" && !contains(["disabled", "none"], lower(tostring(p.value)))
  ])
  location = "parameter"

  message     = "the parameter group leaves DocumentDB auditing off (audit_logs is unset, \"disabled\" or \"none\")"
  remediation = "Add parameter { name = \"audit_logs\", value = \"enabled\" } (or the categories to record, such as \"ddl,dml_write\") and export the \"audit\" log to CloudWatch Logs in enabled_cloudwatch_logs_exports."
  why         = <<-EOT
    The DocumentDB audit log records authentication attempts, user and role changes and
    data definition statements. Without it there is no record of who connected to the
    database or changed its users, which access reviews and incident responders rely on.
  EOT
}
