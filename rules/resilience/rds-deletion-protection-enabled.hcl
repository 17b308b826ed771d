rule "rds-deletion-protection-enabled" {
  id       = "RES003"
  title    = "RDS databases are protected against deletion"
  family   = "resilience"
  severity = "low"
  resources = ["aws_db_instance", "aws_rds_cluster"]
  criteria = {
    soc2 = ["C1.1"]
  }

  # Read replicas (replicate_source_db) are not judged: deleting one loses no data.
  assert   = is_set(self.replicate_source_db) || self.deletion_protection == true
  location = "deletion_protection"

  message     = "deletion protection is not enabled for the database"
  remediation = "Set deletion_protection = true. Turning it off then becomes a separate, reviewable change before any deletion."
  why         = <<-EOT
    Deletion protection makes the delete call fail until the setting is switched off. A
    mistaken terraform destroy, a resource rename or an over-broad cleanup script then cannot
    remove a database, and the data it holds, in a single step.
  EOT
}
