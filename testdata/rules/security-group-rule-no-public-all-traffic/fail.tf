resource "aws_security_group_rule" "all_in" { # expect: security-group-rule-no-public-all-traffic
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-123"
}

resource "aws_security_group_rule" "all_tcp" { # expect: security-group-rule-no-public-all-traffic
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = "sg-123"
}

# ip_protocol "-1" needs no ports: it is every port.
resource "aws_vpc_security_group_ingress_rule" "all_v4" { # expect: security-group-rule-no-public-all-traffic
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

resource "aws_vpc_security_group_ingress_rule" "all_v6" { # expect: security-group-rule-no-public-all-traffic
  for_each          = toset(["sg-1", "sg-2"])
  security_group_id = each.key
  cidr_ipv6         = "::/0"
  ip_protocol       = "-1"
}
