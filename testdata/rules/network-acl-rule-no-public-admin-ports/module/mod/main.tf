variable "sources" {
  type = list(string)
}

resource "aws_network_acl_rule" "rdp" { # expect: network-acl-rule-no-public-admin-ports
  count          = length(var.sources)
  network_acl_id = "acl-123"
  rule_number    = 100 + count.index
  rule_action    = "allow"
  protocol       = "tcp"
  cidr_block     = var.sources[count.index]
  from_port      = 3389
  to_port        = 3389
}
