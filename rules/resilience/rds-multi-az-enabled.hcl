rule "rds-multi-az-enabled" {
  id       = "RES005"
  title    = "RDS instances run with a standby in another availability zone"
  family   = "resilience"
  severity = "low"
  resources = ["aws_db_instance"]
  criteria = {
    soc2 = ["A1.2"]
  }

  # Read replicas (replicate_source_db) are not judged.
  assert   = is_set(self.replicate_source_db) || self.multi_az == true
  location = "multi_az"

  message     = "the instance has no standby in a second availability zone (multi_az)"
  remediation = "Set multi_az = true for databases that production depends on."
  why         = <<-EOT
    A Multi-AZ instance keeps a synchronous standby in another availability zone and fails
    over to it automatically when the primary or its zone fails. A single-AZ instance is down
    until it is restored, and may lose the writes since its last backup.
  EOT
}
