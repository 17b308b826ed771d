rule "rds-parameter-group-forces-tls" {
  id       = "ENC053"
  title    = "RDS parameter groups make the database refuse unencrypted connections"
  family   = "encryption"
  severity = "medium"
  preset   = "all"
  resources = ["aws_db_parameter_group", "aws_rds_cluster_parameter_group"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # The parameter depends on the engine family: rds.force_ssl = 1 for PostgreSQL, Aurora
  # PostgreSQL and SQL Server, require_secure_transport = ON (or 1) for MySQL, MariaDB and
  # Aurora MySQL (aurora5.6, Aurora MySQL 1, has no such parameter). RDS for PostgreSQL 15 and
  # later already defaults rds.force_ssl to 1, and Aurora MySQL 8.4 and later default
  # require_secure_transport to ON, so those families pass unless the group turns it off.
  # Other engines (Oracle uses an SSL option in an option group, Db2) are not judged.
  # Preset "all": RDS databases always offer TLS and most clients use it when offered; whether
  # the server must also refuse clients that do not is a policy choice (and a compatibility
  # risk for old clients). Databases on a default parameter group are not judged here.
  assert = (
    can(regex("^postgres(1[5-9]|[2-9][0-9])", self.family)) ?
    !anytrue([
      for p in coalesce(self.parameter, []) :
      lower(p.name) == "rds.force_ssl" && contains(["0", "off", "false"], lower(tostring(p.value)))
    ]) :
    can(regex("^aurora-mysql(8\\.[4-9]|9)", self.family)) ?
    !anytrue([
      for p in coalesce(self.parameter, []) :
      lower(p.name) == "require_secure_transport" && contains(["0", "off", "false"], lower(tostring(p.value)))
    ]) :
    can(regex("^(postgres|aurora-postgresql|sqlserver-)", self.family)) ?
    anytrue([
      for p in coalesce(self.parameter, []) :
      lower(p.name) == "rds.force_ssl" && contains(["1", "on", "true"], lower(tostring(p.value)))
    ]) :
    can(regex("^(mysql|mariadb|aurora-mysql)", self.family)) ?
    anytrue([
      for p in coalesce(self.parameter, []) :
      lower(p.name) == "require_secure_transport" && contains(["1", "on", "true"], lower(tostring(p.value)))
    ]) :
    true
  )
  location = "parameter"

  message     = "the parameter group lets clients connect without TLS (rds.force_ssl or require_secure_transport is not on)"
  remediation = "Add parameter { name = \"rds.force_ssl\", value = \"1\" } for PostgreSQL or SQL Server families, or parameter { name = \"require_secure_transport\", value = \"ON\" } for MySQL, MariaDB and Aurora MySQL."
  why         = <<-EOT
    RDS offers TLS on every database, but unless the server insists, a client that does not
    ask for it (a default libpq sslmode of "prefer" that falls back, an old driver, a
    misconfigured job) connects in clear text and sends credentials and data unencrypted.
    Forcing TLS in the parameter group makes the database refuse such connections.
    RDS for PostgreSQL 15 and later and Aurora MySQL 8.4 and later force it by default.
  EOT
}
