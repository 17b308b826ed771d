rule "rds-multi-az-enabled" {
  id       = "RES005"
  title    = "RDS instances run with a standby in another availability zone"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_db_instance"]
  criteria = {
    soc2 = ["A1.2", "CC9.1"]
    sox  = ["ITGC-CO"]
  }

  # Read replicas (replicate_source_db) are not judged, nor Aurora instances (engine aurora*),
  # whose availability comes from the cluster's other instances. Unset means false.
  # Preset "all": a standby doubles the cost of the instance and is a decision per environment
  # (production yes, development no) that a reusable module cannot make for its callers.
  # Mapping: A1.2 (recovery infrastructure, alternate processing) and CC9.1 (mitigation of
  # business disruption); SOX ITGC-CO.
  assert = (
    is_set(self.replicate_source_db) ||
    startswith(coalesce(self.engine, ""), "aurora") ||
    self.multi_az == true
  )
  location = "multi_az"

  message     = "the instance has no standby in a second availability zone (multi_az)"
  remediation = "Set multi_az = true for databases that production depends on."
  why         = <<-EOT
    A Multi-AZ instance keeps a synchronous standby in another availability zone and fails
    over to it automatically when the primary or its zone fails. A single-AZ instance is down
    until it is restored, and may lose the writes since its last backup.
  EOT

  fix {
    title = "Set multi_az = true"
    set {
      multi_az = true
    }
  }
}
