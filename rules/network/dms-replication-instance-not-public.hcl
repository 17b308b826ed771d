rule "dms-replication-instance-not-public" {
  id       = "NET020"
  title    = "DMS replication instances are not reachable from the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_dms_replication_instance"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # The DMS API defaults PubliclyAccessible to true, but the AWS provider always sends the
  # argument, false when unset, so only an explicit true gives a public address.
  assert   = self.publicly_accessible != true
  location = "publicly_accessible"

  message     = "the replication instance is given a public IP address (publicly_accessible = true)"
  remediation = "Set publicly_accessible = false and connect the replication instance to on-premises or other-account databases through VPN, Direct Connect, peering or Transit Gateway."
  why         = <<-EOT
    A replication instance holds credentials to both the source and the target database and
    streams their full contents. Giving it a public address puts that pipeline on the
    internet, where its only protection is the security group.
  EOT

  fix {
    title = "Set publicly_accessible = false"
    set {
      publicly_accessible = false
    }
  }
}
