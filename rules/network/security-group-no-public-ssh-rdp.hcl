rule "security-group-no-public-ssh-rdp" {
  id       = "NET001"
  title    = "Security groups do not open SSH or RDP to the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_security_group"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # An inline ingress rule is public when its cidr_blocks or ipv6_cidr_blocks hold a prefix
  # of length 0 (0.0.0.0/0, ::/0, or another spelling of them such as 0::/0). It reaches SSH
  # (22) or RDP (3389) when it allows all protocols ("-1" or "all"), or TCP with a port range
  # covering either port.
  assert = self.ingress == null || !anytrue([
    for r in self.ingress : (
      (
        anytrue([for c in coalesce(r.cidr_blocks, []) : endswith(c, "/0")]) ||
        anytrue([for c in coalesce(r.ipv6_cidr_blocks, []) : endswith(c, "/0")])
      ) &&
      (
        contains(["-1", "all"], lower(tostring(r.protocol))) ||
        (
          contains(["tcp", "6"], lower(tostring(r.protocol))) &&
          ((r.from_port <= 22 && r.to_port >= 22) || (r.from_port <= 3389 && r.to_port >= 3389))
        )
      )
    )
  ])
  location = "ingress"

  message     = "an ingress rule allows SSH (22) or RDP (3389) from anywhere (0.0.0.0/0 or ::/0)"
  remediation = "Limit the rule's cidr_blocks to known administrative networks, or remove it and reach instances through AWS Systems Manager Session Manager, a VPN or a bastion with its own restricted security group."
  why         = <<-EOT
    Remote administration ports open to the whole internet are scanned continuously and
    attacked within minutes with password guessing and exploits. Limiting them to known
    networks, or replacing them with brokered access, is a basic boundary protection.
  EOT
}
