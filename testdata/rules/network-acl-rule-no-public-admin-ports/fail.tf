resource "aws_network_acl" "public" {
  vpc_id = "vpc-123"
}

resource "aws_network_acl_rule" "allow_all_in" { # expect: network-acl-rule-no-public-admin-ports
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "ssh_v6" { # expect: network-acl-rule-no-public-admin-ports
  network_acl_id  = aws_network_acl.public.id
  rule_number     = 110
  egress          = false
  rule_action     = "allow"
  protocol        = "tcp"
  ipv6_cidr_block = "::/0"
  from_port       = 22
  to_port         = 22
}

resource "aws_network_acl_rule" "ephemeral" { # expect: network-acl-rule-no-public-admin-ports
  network_acl_id = aws_network_acl.public.id
  rule_number    = 120
  rule_action    = "allow"
  protocol       = "6"
  cidr_block     = "0.0.0.0/0"
  from_port      = 1024
  to_port        = 65535
}
