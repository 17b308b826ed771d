rule "network-acl-rule-no-public-admin-ports" {
  id       = "NET013"
  title    = "Network ACL rules do not admit SSH or RDP from the internet"
  family   = "network"
  severity = "medium"
  resources = ["aws_network_acl_rule"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # An ingress rule (egress unset or false) with rule_action "allow" from a cidr_block or
  # ipv6_cidr_block of prefix length 0 that allows all protocols ("-1", "all") or TCP with a
  # range containing 22 or 3389. A deny rule elsewhere in the configuration for the same ACL,
  # with a lower rule_number, covering the same port from the same whole address space,
  # shields it: since ACL ids are known only after apply, a deny rule that may belong to the
  # same ACL leaves the answer undecided rather than a finding. The ephemeral range
  # 1024-65535 contains 3389 and is reported unless such a deny exists (see
  # network-acl-no-public-admin-ports).
  assert = !anytrue(flatten([
    for p in [22, 3389] : [
      for fam in ["cidr_block", "ipv6_cidr_block"] :
      self.egress != true &&
      lower(self.rule_action) == "allow" &&
      endswith(coalesce(try(self[fam], null), "-"), "/0") &&
      (
        contains(["-1", "all"], lower(tostring(self.protocol))) ||
        (contains(["tcp", "6"], lower(tostring(self.protocol))) && self.from_port <= p && self.to_port >= p)
      ) &&
      !anytrue([
        for d in resources("aws_network_acl_rule") :
        d.egress != true && lower(d.rule_action) == "deny" &&
        d.rule_number < self.rule_number &&
        endswith(coalesce(try(d[fam], null), "-"), "/0") &&
        (
          contains(["-1", "all"], lower(tostring(d.protocol))) ||
          (contains(["tcp", "6"], lower(tostring(d.protocol))) && d.from_port <= p && d.to_port >= p)
        ) &&
        d.network_acl_id == self.network_acl_id
      ])
    ]
  ]))

  message     = "the network ACL rule allows SSH (22) or RDP (3389) in from anywhere (0.0.0.0/0 or ::/0)"
  remediation = "Add deny rules for TCP 22 and 3389 from 0.0.0.0/0 and ::/0 with lower rule numbers than this rule, or narrow the rule to the ports the subnet serves; allow administrative access only from known networks."
  why         = <<-EOT
    Network ACLs are the subnet-level layer of the boundary: they apply to every resource in
    the subnet, including ones whose security groups are later loosened by mistake. Letting
    remote administration ports through from the whole internet leaves a single layer
    between attackers and SSH or RDP, where defence in depth expects two.
  EOT
}
