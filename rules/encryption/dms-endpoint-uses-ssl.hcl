rule "dms-endpoint-uses-ssl" {
  id       = "ENC057"
  title    = "DMS database endpoints connect with SSL"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_dms_endpoint"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # ssl_mode defaults to "none". Judged only for the database engines where DMS offers an SSL
  # mode (MySQL, MariaDB, Aurora, PostgreSQL, Oracle, SQL Server, SAP ASE, MongoDB,
  # DocumentDB, Db2, Azure SQL, Babelfish). Endpoints for S3, DynamoDB, Kinesis, Kafka,
  # OpenSearch, Neptune and Redshift are not judged: DMS reaches those over HTTPS or an
  # already encrypted connection, or configures TLS elsewhere.
  assert = (
    !contains([
      "mysql", "mariadb", "aurora", "aurora-postgresql", "postgres", "oracle", "sqlserver",
      "sybase", "mongodb", "docdb", "db2", "db2-zos", "azuredb", "azure-sql-managed-instance",
      "babelfish",
    ], lower(self.engine_name)) ||
    lower(coalesce(self.ssl_mode, "none")) != "none"
  )
  location = "ssl_mode"

  message     = "the endpoint connects to the database without SSL (ssl_mode is \"none\" or unset)"
  remediation = "Set ssl_mode = \"verify-full\" (or \"verify-ca\", or at least \"require\") with certificate_arn pointing at the database's CA certificate imported into DMS."
  why         = <<-EOT
    A migration copies whole databases, often from on-premises or another network, through
    the replication instance. With ssl_mode "none" (the default) that stream, and the
    database credentials, travel unencrypted; verifying the server certificate also guards
    against connecting to the wrong host.
  EOT
}
