variable "protect" {
  type    = bool
  default = false
}

resource "aws_networkfirewall_firewall" "egress" { # expect: network-firewall-deletion-protection-enabled
  name                = "egress"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/egress"
  vpc_id              = "vpc-0abc1234"

  subnet_mapping {
    subnet_id = "subnet-0aa11"
  }
}

resource "aws_networkfirewall_firewall" "inspection" {
  for_each            = toset(["a", "b"])
  name                = "inspection-${each.key}"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/inspection"
  vpc_id              = "vpc-0abc1234"
  delete_protection   = var.protect # expect: network-firewall-deletion-protection-enabled

  subnet_mapping {
    subnet_id = "subnet-0bb22"
  }
}
