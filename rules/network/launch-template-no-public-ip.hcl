rule "launch-template-no-public-ip" {
  id       = "NET016"
  title    = "Launch templates do not give instances a public IP address"
  family   = "network"
  severity = "medium"
  resources = ["aws_launch_template"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # network_interfaces.associate_public_ip_address is a string in the provider ("true",
  # "false" or unset, which leaves it to the subnet); a bool true is read alike. Every
  # instance an Auto Scaling group or node group launches from the template inherits it.
  assert = !anytrue([
    for n in coalesce(self.network_interfaces, []) :
    lower(tostring(n.associate_public_ip_address)) == "true"
  ])
  location = "network_interfaces.associate_public_ip_address"

  message     = "the launch template gives instances a public IPv4 address (network_interfaces.associate_public_ip_address = true)"
  remediation = "Remove associate_public_ip_address from network_interfaces or set it to false; put the instances in private subnets behind a load balancer."
  why         = <<-EOT
    A launch template is copied into every instance an Auto Scaling group, EKS node group or
    Spot fleet starts, so one public-address setting exposes a whole fleet, including
    instances started long after anyone reviewed the template.
  EOT
}
