rule "rds-database-logs-exported" {
  id       = "LOG016"
  title    = "RDS and Aurora databases export their audit-relevant logs to CloudWatch Logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_db_instance", "aws_rds_cluster"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # Nothing is exported unless enabled_cloudwatch_logs_exports lists it. The log that records
  # connections and statements differs by engine:
  # - PostgreSQL and Aurora PostgreSQL: "postgresql" (what it holds is set by log_connections,
  #   log_statement or pgaudit in the parameter group);
  # - MySQL, MariaDB and Aurora MySQL: "audit" (audit plugin / server_audit_logging) or
  #   "general" (every connection and statement, a heavier superset);
  # - Oracle: "audit"; SQL Server: "error" (its audit goes to S3 through the SQLSERVER_AUDIT
  #   option);
  # - any other engine, or an engine the configuration does not show (a replica inherits its
  #   source's): at least one log type.
  # Aurora Serverless v1 (engine_mode = "serverless") and RDS Custom (engine "custom-...")
  # cannot export logs this way and pass.
  assert = (
    self.engine_mode == "serverless" ||
    startswith(try(lower(self.engine), ""), "custom-") ||
    length(setintersection(
      toset(coalesce(self.enabled_cloudwatch_logs_exports, [])),
      toset(
        can(regex("^(aurora-)?postgres", try(lower(self.engine), ""))) ? ["postgresql"] :
        can(regex("^(aurora|aurora-mysql|mysql|mariadb)$", try(lower(self.engine), ""))) ? ["audit", "general"] :
        startswith(try(lower(self.engine), ""), "oracle") ? ["audit"] :
        startswith(try(lower(self.engine), ""), "sqlserver") ? ["error"] :
        coalesce(self.enabled_cloudwatch_logs_exports, [])
      )
    )) > 0
  )
  location = "enabled_cloudwatch_logs_exports"

  message     = "the database does not export the log that records its connections and statements (for this engine: postgresql, audit/general, audit or error)"
  remediation = "Add the engine's audit-relevant log to enabled_cloudwatch_logs_exports: \"postgresql\" for PostgreSQL, \"audit\" (or \"general\") for MySQL, MariaDB and Aurora MySQL, \"audit\" for Oracle, \"error\" for SQL Server; and configure the parameter or option group so the log records connections."
  why         = <<-EOT
    Database logs that stay on the instance rotate away within days and disappear with the
    instance. Exported to CloudWatch Logs they are kept under the log group's retention and
    can be searched and alarmed on, which is how failed logins, privilege changes and unusual
    queries against customer data are detected and investigated.
  EOT
}
