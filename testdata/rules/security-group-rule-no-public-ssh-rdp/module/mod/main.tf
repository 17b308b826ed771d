variable "allowed_cidrs" {
  type = list(string)
}

resource "aws_security_group_rule" "ssh" { # expect: security-group-rule-no-public-ssh-rdp
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = var.allowed_cidrs
  security_group_id = "sg-123"
}
