# A deny for 22 and 3389 numbered before the allow-all, in the same ACL.
resource "aws_network_acl" "edge" {
  vpc_id = "vpc-123"
}

resource "aws_network_acl_rule" "deny_admin" {
  for_each       = { ssh = 22, rdp = 3389 }
  network_acl_id = aws_network_acl.edge.id
  rule_number    = each.value == 22 ? 10 : 20
  rule_action    = "deny"
  protocol       = "tcp"
  cidr_block     = "0.0.0.0/0"
  from_port      = each.value
  to_port        = each.value
}

resource "aws_network_acl_rule" "allow_rest" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}
