rule "dynamodb-deletion-protection-enabled" {
  id       = "RES012"
  title    = "DynamoDB tables are protected against deletion"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_dynamodb_table"]
  criteria = {
    soc2 = ["A1.2", "C1.1"]
    sox  = ["ITGC-CO"]
  }

  # deletion_protection_enabled defaults to false. Preset "all" rather than "recommended" as
  # for RDS: when a table with point-in-time recovery (dynamodb-point-in-time-recovery-enabled,
  # recommended) is deleted, DynamoDB keeps a system backup of it for 35 days, so the
  # recommended preset already makes a deletion recoverable.
  # Mapping: A1.2 and C1.1 (protects confidential information from destruction); ITGC-CO.
  assert   = self.deletion_protection_enabled == true
  location = "deletion_protection_enabled"

  message     = "deletion protection is not enabled for the table"
  remediation = "Set deletion_protection_enabled = true. Turning it off then becomes a separate, reviewable change before any deletion."
  why         = <<-EOT
    Deletion protection makes DeleteTable fail until the setting is switched off, so a
    mistaken terraform destroy or a renamed resource cannot remove a table and interrupt the
    service while it is restored from a backup.
  EOT

  fix {
    title = "Set deletion_protection_enabled = true"
    set {
      deletion_protection_enabled = true
    }
  }
}
