rule "security-group-rules-have-descriptions" {
  id       = "NET011"
  title    = "Security group rules say what they are for"
  family   = "network"
  severity = "low"
  preset   = "all"
  resources = [
    "aws_security_group",
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpc_security_group_egress_rule",
  ]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Every inline ingress and egress rule of an aws_security_group, and every standalone rule
  # resource, has a description that is not blank. The group's own description is not judged
  # here. Standalone rules are told apart from groups by security_group_id, which only they
  # have. Preset "all": a missing description weakens reviews but opens nothing.
  assert = (
    alltrue([
      for r in concat(coalesce(self.ingress, []), coalesce(self.egress, [])) :
      try(trimspace(r.description) != "", false)
    ]) &&
    (!is_set(self.security_group_id) || try(trimspace(self.description) != "", false))
  )

  message     = "a security group rule has no description"
  remediation = "Give each rule a description naming the client or purpose it serves (for example \"HTTPS from the public load balancer\"), so that reviewers can tell a needed rule from a forgotten one."
  why         = <<-EOT
    Periodic access reviews ask why each path into the network exists. A rule that only says
    "tcp 8443 from 10.20.0.0/16" cannot be judged without archaeology, so stale rules
    survive reviews. A short description turns each rule into a documented decision that a
    reviewer can confirm or remove.
  EOT
}
