rule "docdb-neptune-deletion-protection-enabled" {
  id       = "RES008"
  title    = "DocumentDB and Neptune clusters are protected against deletion"
  family   = "resilience"
  severity = "low"
  resources = ["aws_docdb_cluster", "aws_neptune_cluster"]
  criteria = {
    soc2 = ["A1.2", "C1.1"]
    sox  = ["ITGC-CO"]
  }

  # deletion_protection defaults to false. As for RDS (rds-deletion-protection-enabled), the
  # cluster holds the data and its automated backups go with it when it is deleted.
  # Mapping: A1.2 and C1.1 (protects confidential information from destruction); ITGC-CO.
  assert   = self.deletion_protection == true
  location = "deletion_protection"

  message     = "deletion protection is not enabled for the cluster"
  remediation = "Set deletion_protection = true. Turning it off then becomes a separate, reviewable change before any deletion."
  why         = <<-EOT
    Deletion protection makes the delete call fail until the setting is switched off. A
    mistaken terraform destroy, a renamed resource or a cleanup script then cannot remove the
    cluster, and with it its automated backups, in a single step.
  EOT

  fix {
    title = "Set deletion_protection = true"
    set {
      deletion_protection = true
    }
  }
}
