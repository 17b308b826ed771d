rule "rds-not-publicly-accessible" {
  id       = "NET003"
  title    = "RDS, Aurora and Neptune database instances are not reachable from the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_db_instance", "aws_rds_cluster_instance", "aws_neptune_cluster_instance"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # publicly_accessible defaults to false for all three types. Neptune instances can have
  # public endpoints since 2024 (with IAM authentication required), set the same way.
  assert   = self.publicly_accessible != true
  location = "publicly_accessible"

  message     = "the database is given a public address (publicly_accessible = true)"
  remediation = "Set publicly_accessible = false (the default) and reach the database from inside the VPC, through a VPN, or through a bastion or proxy."
  why         = <<-EOT
    A publicly accessible database gets an address that resolves and routes from the
    internet, so its login prompt is protected only by security groups and passwords. Keeping
    databases on private addresses removes a whole class of attacks on the data itself.
  EOT

  fix {
    title = "Set publicly_accessible = false"
    set {
      publicly_accessible = false
    }
  }
}
