rule "default-security-group-denies-all" {
  id       = "NET005"
  title    = "Default security groups allow no traffic"
  family   = "network"
  severity = "medium"
  resources = ["aws_default_security_group"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Terraform removes every rule from a default security group it adopts without ingress or
  # egress blocks, which is the compliant state.
  assert = (
    (self.ingress == null || length(self.ingress) == 0) &&
    (self.egress == null || length(self.egress) == 0)
  )
  location = "ingress"

  message     = "the VPC's default security group has ingress or egress rules"
  remediation = "Remove every ingress and egress block from aws_default_security_group, and give resources purpose-made security groups instead."
  why         = <<-EOT
    Resources launched without an explicit security group fall into the VPC's default group.
    When that group allows traffic, forgetting to choose a group silently grants network
    access. An empty default group makes every allowed path a deliberate choice.
  EOT
}
