rule "security-group-no-public-all-traffic" {
  id       = "NET009"
  title    = "Security groups do not accept all traffic from the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_security_group"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # An inline ingress rule from a prefix of length 0 (0.0.0.0/0, ::/0) that allows every
  # protocol ("-1" or "all"), or every TCP or UDP port (a range from 0 or 1 to 65535). Egress
  # to the internet on all ports is the AWS default for new groups and is not reported.
  # CC6.1 as well as CC6.6: such a rule removes the segmentation the group exists for.
  assert = self.ingress == null || !anytrue([
    for r in self.ingress : (
      (
        anytrue([for c in coalesce(r.cidr_blocks, []) : endswith(c, "/0")]) ||
        anytrue([for c in coalesce(r.ipv6_cidr_blocks, []) : endswith(c, "/0")])
      ) &&
      (
        contains(["-1", "all"], lower(tostring(r.protocol))) ||
        (
          contains(["tcp", "6", "udp", "17"], lower(tostring(r.protocol))) &&
          r.from_port <= 1 && r.to_port >= 65535
        )
      )
    )
  ])
  location = "ingress"

  message     = "an ingress rule accepts every port or protocol from anywhere (0.0.0.0/0 or ::/0)"
  remediation = "Replace the rule with rules for the ports the service actually serves (for example 443 on a load balancer), and allow everything else only from named security groups or private networks."
  why         = <<-EOT
    A security group that accepts all traffic from the internet is no boundary at all: every
    service listening on the instance, including ones started later or by mistake, becomes
    reachable from anywhere. Auditors expect each inbound path from outside to be a
    deliberate, port-specific decision.
  EOT
}
