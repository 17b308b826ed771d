rule "subnet-no-auto-public-ip" {
  id       = "NET014"
  title    = "Subnets do not give every instance a public IP address"
  family   = "network"
  severity = "low"
  resources = ["aws_subnet"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # map_public_ip_on_launch defaults to false for subnets created through the API and
  # Terraform (only the default VPC's subnets have it on). This does not judge whether a
  # subnet is public (routed to an internet gateway): public subnets are the right place
  # for load balancers and NAT gateways, and neither needs this setting, as they get their
  # own addresses. It only matters for instances and interfaces launched into the subnet
  # without an explicit choice, so it is recommended but low: the security group still
  # decides what reaches such an address.
  assert   = self.map_public_ip_on_launch != true
  location = "map_public_ip_on_launch"

  message     = "the subnet assigns a public IPv4 address to every instance launched in it (map_public_ip_on_launch = true)"
  remediation = "Set map_public_ip_on_launch = false (the default) and give a public address only to the resources that must have one (associate_public_ip_address on that instance, an Elastic IP, or a load balancer in front)."
  why         = <<-EOT
    With automatic public addressing, every instance, container host or interface placed in
    the subnet becomes reachable from the internet as soon as a security group allows it,
    whether or not anyone meant it to be public. Making public exposure a per-resource
    decision keeps the inventory of internet-facing systems small and deliberate.
  EOT

  fix {
    title = "Set map_public_ip_on_launch = false"
    set {
      map_public_ip_on_launch = false
    }
  }
}
