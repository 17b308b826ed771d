rule "redshift-enhanced-vpc-routing" {
  id       = "NET039"
  title    = "Redshift clusters use enhanced VPC routing"
  family   = "network"
  severity = "low"
  preset   = "all"
  resources = ["aws_redshift_cluster"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # enhanced_vpc_routing defaults to false: COPY and UNLOAD traffic to S3 and other services
  # then leaves through Redshift's own network path, outside the VPC's route tables, security
  # groups, endpoint policies and flow logs. In the "all" preset: it needs S3 gateway
  # endpoints or a NAT path in place, which is an architecture decision.
  assert   = self.enhanced_vpc_routing == true
  location = "enhanced_vpc_routing"

  message     = "the cluster's COPY and UNLOAD traffic bypasses the VPC (enhanced_vpc_routing is not true)"
  remediation = "Set enhanced_vpc_routing = true and provide an S3 gateway endpoint (or NAT route) for the cluster's subnets."
  why         = <<-EOT
    Bulk loads and unloads move whole tables. With enhanced VPC routing they pass through the
    VPC, where endpoint policies can limit which buckets are reachable and flow logs record
    the transfers, which guards against data being unloaded to a bucket outside the
    organisation.
  EOT

  fix {
    title = "Set enhanced_vpc_routing = true"
    set {
      enhanced_vpc_routing = true
    }
  }
}
