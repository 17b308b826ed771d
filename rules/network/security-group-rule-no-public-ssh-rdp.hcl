rule "security-group-rule-no-public-ssh-rdp" {
  id       = "NET002"
  title    = "Security group rules do not open SSH or RDP to the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # aws_security_group_rule (type "ingress", cidr_blocks, ipv6_cidr_blocks, protocol) and
  # aws_vpc_security_group_ingress_rule (cidr_ipv4, cidr_ipv6, ip_protocol) are read alike.
  # A source is the whole internet when its prefix length is 0 (0.0.0.0/0, ::/0, 0::/0). A
  # rule reaches SSH (22) or RDP (3389) when it allows all protocols ("-1" or "all"; for
  # aws_vpc_security_group_ingress_rule this also means all ports, with from_port and to_port
  # unset), or TCP with a port range covering either port.
  assert = !(
    self.type != "egress" &&
    (
      anytrue([for c in coalesce(self.cidr_blocks, []) : endswith(c, "/0")]) ||
      anytrue([for c in coalesce(self.ipv6_cidr_blocks, []) : endswith(c, "/0")]) ||
      endswith(coalesce(self.cidr_ipv4, "-"), "/0") ||
      endswith(coalesce(self.cidr_ipv6, "-"), "/0")
    ) &&
    (
      contains(["-1", "all"], lower(tostring(coalesce(self.protocol, self.ip_protocol)))) ||
      (
        contains(["tcp", "6"], lower(tostring(coalesce(self.protocol, self.ip_protocol)))) &&
        ((self.from_port <= 22 && self.to_port >= 22) || (self.from_port <= 3389 && self.to_port >= 3389))
      )
    )
  )

  message     = "the ingress rule allows SSH (22) or RDP (3389) from anywhere (0.0.0.0/0 or ::/0)"
  remediation = "Limit the rule to known administrative networks, or remove it and reach instances through AWS Systems Manager Session Manager, a VPN or a bastion with its own restricted security group."
  why         = <<-EOT
    Remote administration ports open to the whole internet are scanned continuously and
    attacked within minutes with password guessing and exploits. Limiting them to known
    networks, or replacing them with brokered access, is a basic boundary protection.
  EOT
}
