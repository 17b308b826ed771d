rule "security-group-rule-no-public-all-traffic" {
  id       = "NET010"
  title    = "Security group rules do not accept all traffic from the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # aws_security_group_rule (type "ingress") and aws_vpc_security_group_ingress_rule, from a
  # prefix of length 0, allowing every protocol ("-1" or "all": for
  # aws_vpc_security_group_ingress_rule that is all ports too) or every TCP or UDP port (a
  # range from 0 or 1 to 65535). Egress rules (type "egress", aws_vpc_security_group_egress_rule)
  # are not checked: outbound access to the internet is normal.
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
        contains(["tcp", "6", "udp", "17"], lower(tostring(coalesce(self.protocol, self.ip_protocol)))) &&
        self.from_port <= 1 && self.to_port >= 65535
      )
    )
  )

  message     = "the ingress rule accepts every port or protocol from anywhere (0.0.0.0/0 or ::/0)"
  remediation = "Replace the rule with rules for the ports the service actually serves (for example 443 on a load balancer), and allow everything else only from named security groups or private networks."
  why         = <<-EOT
    A security group that accepts all traffic from the internet is no boundary at all: every
    service listening on the instance, including ones started later or by mistake, becomes
    reachable from anywhere. Auditors expect each inbound path from outside to be a
    deliberate, port-specific decision.
  EOT
}
