resource "aws_security_group_rule" "ssh" { # expect: security-group-rule-no-public-ssh-rdp
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-123"
}

resource "aws_security_group_rule" "everything_ipv6" { # expect: security-group-rule-no-public-ssh-rdp
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = -1
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = "sg-123"
}

resource "aws_vpc_security_group_ingress_rule" "rdp" { # expect: security-group-rule-no-public-ssh-rdp
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
}

resource "aws_vpc_security_group_ingress_rule" "all_ipv6" { # expect: security-group-rule-no-public-ssh-rdp
  security_group_id = "sg-123"
  cidr_ipv6         = "::/0"
  ip_protocol       = "-1"
}

locals {
  open_ports = {
    https = 443
    ssh   = 22
  }
}

# for_each: only the "ssh" instance fails.
resource "aws_vpc_security_group_ingress_rule" "open" { # expect: security-group-rule-no-public-ssh-rdp
  for_each          = local.open_ports
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = each.value
  to_port           = each.value
}
