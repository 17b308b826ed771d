rule "rds-iam-authentication-enabled" {
  id       = "IAM027"
  title    = "RDS databases accept IAM database authentication"
  family   = "identity"
  severity = "low"
  preset   = "all"
  resources = ["aws_db_instance", "aws_rds_cluster"]
  criteria = {
    soc2 = ["CC6.1", "CC6.2"]
    sox  = ["ITGC-AC"]
  }

  # IAM database authentication is available for MySQL, MariaDB and PostgreSQL, Aurora
  # included; other engines (Oracle, SQL Server, Db2) pass. A read replica follows its
  # source, and an engine known only after apply is undecided. Preset all: many
  # applications use database users with managed passwords instead, which is acceptable.
  assert = (
    self.iam_database_authentication_enabled == true ||
    is_set(self.replicate_source_db) ||
    !can(regex("^(aurora|aurora-mysql|aurora-postgresql|mysql|mariadb|postgres)$", coalesce(self.engine, "-")))
  )
  location = "iam_database_authentication_enabled"

  message     = "the database does not accept IAM authentication (iam_database_authentication_enabled is false or unset)"
  remediation = "Set iam_database_authentication_enabled = true and grant people and applications rds-db:connect on their database user, so that they sign in with short-lived IAM tokens instead of shared passwords."
  why         = <<-EOT
    With IAM database authentication, access to the database follows IAM: tokens last
    fifteen minutes, access is granted and revoked with the rest of a person's permissions,
    and connections are tied to named identities. Database passwords, by contrast, are
    shared, long-lived and managed outside the access review.
  EOT
}
