variable "office_cidr" {
  type = string
}

resource "aws_network_acl" "private" {
  vpc_id = "vpc-123"
}

resource "aws_network_acl_rule" "egress_all" {
  network_acl_id = aws_network_acl.private.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "deny_all_in" {
  network_acl_id = aws_network_acl.private.id
  rule_number    = 100
  rule_action    = "deny"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "https_in" {
  network_acl_id = aws_network_acl.private.id
  rule_number    = 200
  rule_action    = "allow"
  protocol       = "tcp"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}

resource "aws_network_acl_rule" "ssh_office" {
  network_acl_id = aws_network_acl.private.id
  rule_number    = 210
  rule_action    = "allow"
  protocol       = "tcp"
  cidr_block     = var.office_cidr
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "vpc_all" {
  network_acl_id = aws_network_acl.private.id
  rule_number    = 220
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "10.0.0.0/16"
}
