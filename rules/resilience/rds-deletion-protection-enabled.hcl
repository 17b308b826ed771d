rule "rds-deletion-protection-enabled" {
  id       = "RES003"
  title    = "RDS databases are protected against deletion"
  family   = "resilience"
  severity = "low"
  resources = ["aws_db_instance", "aws_rds_cluster"]
  criteria = {
    soc2 = ["A1.2", "C1.1"]
    sox  = ["ITGC-CO"]
  }

  # Read replicas (replicate_source_db) are not judged: deleting one loses no data. Unset
  # means false, the AWS default.
  # Mapping: A1.2 (protects the recovery infrastructure and the data from loss) and C1.1,
  # whose point of focus asks that confidential information be protected from destruction.
  # SOX ITGC-CO: an operational safeguard against losing the system of record.
  assert   = is_set(self.replicate_source_db) || self.deletion_protection == true
  location = "deletion_protection"

  message     = "deletion protection is not enabled for the database"
  remediation = "Set deletion_protection = true. Turning it off then becomes a separate, reviewable change before any deletion."
  why         = <<-EOT
    Deletion protection makes the delete call fail until the setting is switched off. A
    mistaken terraform destroy, a resource rename or an over-broad cleanup script then cannot
    remove a database, and the data it holds, in a single step.
  EOT

  fix {
    title = "Set deletion_protection = true"
    set {
      deletion_protection = true
    }
  }
}
