variable "redis_port" {
  default = 6379
}

resource "aws_security_group_rule" "mysql_world" { # expect: security-group-rule-no-public-sensitive-ports
  type              = "ingress"
  from_port         = 3306
  to_port           = 3306
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-123"
}

resource "aws_security_group_rule" "nfs_udp_v6" { # expect: security-group-rule-no-public-sensitive-ports
  type              = "ingress"
  from_port         = 2049
  to_port           = 2049
  protocol          = "17"
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = "sg-123"
}

resource "aws_vpc_security_group_ingress_rule" "redis" { # expect: security-group-rule-no-public-sensitive-ports
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = var.redis_port
  to_port           = var.redis_port
}

# ip_protocol "-1" opens every port, so every sensitive one.
resource "aws_vpc_security_group_ingress_rule" "everything_v6" { # expect: security-group-rule-no-public-sensitive-ports
  security_group_id = "sg-123"
  cidr_ipv6         = "::/0"
  ip_protocol       = "-1"
}

# A range containing SMB (445).
resource "aws_vpc_security_group_ingress_rule" "low_range" { # expect: security-group-rule-no-public-sensitive-ports
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 100
  to_port           = 1000
}

locals {
  exposed = {
    web   = 443
    mongo = 27017
  }
}

resource "aws_vpc_security_group_ingress_rule" "exposed" { # expect: security-group-rule-no-public-sensitive-ports
  for_each          = local.exposed
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = each.value
  to_port           = each.value
}
