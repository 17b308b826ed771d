rule "rds-enhanced-monitoring" {
  id       = "LOG040"
  title    = "RDS database instances have Enhanced Monitoring"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_db_instance", "aws_rds_cluster_instance"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # monitoring_interval defaults to 0, which turns Enhanced Monitoring off; 1, 5, 10, 15, 30
  # or 60 seconds turn it on (with monitoring_role_arn). In the "all" preset: operating
  # system metrics (processes, memory, file systems) help detect and diagnose failures, but
  # are not an audit record; the database's own logs are rds-database-logs-exported.
  assert   = try(self.monitoring_interval > 0, false)
  location = "monitoring_interval"

  message     = "Enhanced Monitoring is off for this database instance (monitoring_interval is 0 or unset)"
  remediation = "Set monitoring_interval to 60 (or a shorter interval) and monitoring_role_arn to a role with the AmazonRDSEnhancedMonitoringRole policy."
  why         = <<-EOT
    Enhanced Monitoring collects operating-system metrics from the database host every few
    seconds: per-process CPU and memory, swap and file-system use. CloudWatch's hypervisor
    metrics cannot show these, and they are what an investigation of a slow or failing
    database needs.
  EOT
}
