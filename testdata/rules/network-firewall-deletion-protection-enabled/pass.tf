variable "protect_unknown" {
  type = bool
}

resource "aws_networkfirewall_firewall" "perimeter" {
  name                = "perimeter"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/perimeter"
  vpc_id              = "vpc-0abc1234"
  delete_protection   = true

  subnet_mapping {
    subnet_id = "subnet-0aa11"
  }
}

# Known only when the variable gets a value: undecided.
resource "aws_networkfirewall_firewall" "protection_unknown" {
  name                = "unknown"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/perimeter"
  vpc_id              = "vpc-0abc1234"
  delete_protection   = var.protect_unknown

  subnet_mapping {
    subnet_id = "subnet-0bb22"
  }
}
