rule "network-acl-no-public-admin-ports" {
  id       = "NET012"
  title    = "Network ACLs do not admit SSH or RDP from the internet"
  family   = "network"
  severity = "medium"
  resources = ["aws_network_acl", "aws_default_network_acl"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Inline ingress blocks. A rule admits SSH (22) or RDP (3389) from the internet when its
  # action is "allow", its cidr_block or ipv6_cidr_block has prefix length 0, and it allows
  # all protocols ("-1" or "all") or TCP ("tcp", "6") with a range containing the port. NACL
  # rules are evaluated lowest rule_no first, so such an allow does not count when a deny
  # rule with a lower number covers the same port from the same whole address space. ACLs
  # are stateless, so the usual inbound allow of the ephemeral range 1024-65535 for return
  # traffic also admits new RDP connections: it is reported unless a deny for 3389 comes
  # first, which is the fix the remediation names. The
  # AWS default network ACL allows everything; an aws_default_network_acl that keeps that
  # rule is reported, as is any custom ACL that copies it. Medium rather than high: security
  # groups still apply behind the ACL.
  assert = !anytrue(flatten([
    for r in coalesce(self.ingress, []) : [
      for p in [22, 3389] : [
        for fam in ["cidr_block", "ipv6_cidr_block"] :
        lower(r.action) == "allow" &&
        endswith(coalesce(try(r[fam], null), "-"), "/0") &&
        (
          contains(["-1", "all"], lower(tostring(r.protocol))) ||
          (contains(["tcp", "6"], lower(tostring(r.protocol))) && r.from_port <= p && r.to_port >= p)
        ) &&
        !anytrue([
          for d in coalesce(self.ingress, []) :
          lower(d.action) == "deny" && d.rule_no < r.rule_no &&
          endswith(coalesce(try(d[fam], null), "-"), "/0") &&
          (
            contains(["-1", "all"], lower(tostring(d.protocol))) ||
            (contains(["tcp", "6"], lower(tostring(d.protocol))) && d.from_port <= p && d.to_port >= p)
          )
        ])
      ]
    ]
  ]))
  location = "ingress"

  message     = "a network ACL ingress rule allows SSH (22) or RDP (3389) from anywhere (0.0.0.0/0 or ::/0)"
  remediation = "Put deny rules for TCP 22 and 3389 from 0.0.0.0/0 and ::/0 before (with lower rule numbers than) any allow-all or wide-range ingress rule, or replace those rules with the ports the subnet serves; allow administrative access only from known networks."
  why         = <<-EOT
    Network ACLs are the subnet-level layer of the boundary: they apply to every resource in
    the subnet, including ones whose security groups are later loosened by mistake. Letting
    remote administration ports through from the whole internet leaves a single layer
    between attackers and SSH or RDP, where defence in depth expects two.
  EOT
}
