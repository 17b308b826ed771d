rule "redshift-not-publicly-accessible" {
  id       = "NET019"
  title    = "Redshift clusters and workgroups are not reachable from the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_redshift_cluster", "aws_redshiftserverless_workgroup"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # The Redshift API creates clusters that are not publicly accessible unless asked, and
  # AWS provider 6.0 made false the default of aws_redshift_cluster.publicly_accessible.
  # Provider versions before 6.0 sent true when the argument was unset, so with those an
  # unset argument means a public cluster; this rule judges today's default and flags only
  # an explicit true. Serverless workgroups default to false.
  assert   = self.publicly_accessible != true
  location = "publicly_accessible"

  message     = "the data warehouse is given a public endpoint (publicly_accessible = true)"
  remediation = "Set publicly_accessible = false and connect from inside the VPC, through a VPN, or through Redshift-managed VPC endpoints. With AWS provider versions before 6.0, set it explicitly, as the old default was true."
  why         = <<-EOT
    A data warehouse typically holds the organisation's most complete copy of business and
    customer data. A public endpoint makes its login reachable from the whole internet,
    protected only by security groups and passwords, so one permissive rule or leaked
    credential exposes the reporting data auditors care most about.
  EOT

  fix {
    title = "Set publicly_accessible = false"
    set {
      publicly_accessible = false
    }
  }
}
