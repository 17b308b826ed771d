# Egress is not ingress, whatever it allows.
resource "aws_vpc_security_group_egress_rule" "all_out" {
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

# A prefix list or a referenced group is not the internet.
resource "aws_vpc_security_group_ingress_rule" "ssh_from_prefix_list" {
  security_group_id = "sg-123"
  prefix_list_id    = "pl-0123456789abcdef0"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
}

resource "aws_vpc_security_group_ingress_rule" "all_from_group" {
  security_group_id            = "sg-123"
  referenced_security_group_id = "sg-456"
  ip_protocol                  = "-1"
}

# A range above both ports.
resource "aws_security_group_rule" "ephemeral" {
  type              = "ingress"
  from_port         = 3390
  to_port           = 65535
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-123"
}

# Count zero creates nothing.
resource "aws_security_group_rule" "disabled" {
  count             = 0
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-123"
}
