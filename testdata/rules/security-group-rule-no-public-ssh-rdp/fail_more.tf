variable "rule_type" {
  type    = string
  default = "ingress"
}

locals {
  sources = ["10.0.0.0/16", "0.0.0.0/0"]
}

# The type comes from a variable's default; the protocol is written in capitals; the range
# 0-1024 contains 22.
resource "aws_security_group_rule" "low_ports_from_variable_type" { # expect: security-group-rule-no-public-ssh-rdp
  type              = var.rule_type
  from_port         = 0
  to_port           = 1024
  protocol          = "TCP"
  ipv6_cidr_blocks  = ["0::/0"]
  security_group_id = "sg-123"
}

# count over a list of sources: only the second instance is public.
resource "aws_vpc_security_group_ingress_rule" "ssh_per_source" { # expect: security-group-rule-no-public-ssh-rdp
  count             = length(local.sources)
  security_group_id = "sg-123"
  cidr_ipv4         = local.sources[count.index]
  ip_protocol       = "6"
  from_port         = 22
  to_port           = 22
}

resource "aws_vpc_security_group_ingress_rule" "rdp_range" { # expect: security-group-rule-no-public-ssh-rdp
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 3000
  to_port           = 4000
}
