variable "cidr" {
  type = string
}

resource "aws_security_group_rule" "egress_all" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-123"
}

resource "aws_vpc_security_group_egress_rule" "egress_all" {
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_ingress_rule" "all_from_vpc" {
  security_group_id = "sg-123"
  cidr_ipv4         = "10.0.0.0/16"
  ip_protocol       = "-1"
}

resource "aws_vpc_security_group_ingress_rule" "all_from_variable" {
  security_group_id = "sg-123"
  cidr_ipv4         = var.cidr
  ip_protocol       = "-1"
}

resource "aws_security_group_rule" "all_self" {
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  self              = true
  security_group_id = "sg-123"
}
