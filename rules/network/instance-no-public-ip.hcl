rule "instance-no-public-ip" {
  id       = "NET015"
  title    = "EC2 instances and launch configurations do not ask for a public IP address"
  family   = "network"
  severity = "medium"
  resources = ["aws_instance", "aws_launch_configuration"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # associate_public_ip_address = true asks for a public IPv4 address whatever the subnet's
  # setting; unset leaves it to the subnet (subnet-no-auto-public-ip). Bastion hosts and
  # similar deliberate exceptions are expected to be excluded explicitly.
  assert   = self.associate_public_ip_address != true
  location = "associate_public_ip_address"

  message     = "the instance is given a public IPv4 address (associate_public_ip_address = true)"
  remediation = "Remove associate_public_ip_address or set it to false; publish services through a load balancer and reach instances through Session Manager, a VPN or a bastion."
  why         = <<-EOT
    An instance with a public address is directly reachable from the internet on every port
    its security groups allow, and each one is a separate entry point to patch, monitor and
    review. Keeping instances on private addresses behind load balancers and brokered access
    keeps the boundary in a few controlled places.
  EOT

  fix {
    title = "Set associate_public_ip_address = false"
    set {
      associate_public_ip_address = false
    }
  }
}
