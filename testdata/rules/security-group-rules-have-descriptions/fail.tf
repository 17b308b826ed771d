resource "aws_security_group" "inline_without" { # expect: security-group-rules-have-descriptions
  name        = "inline-without"
  description = "A group whose rules are undocumented"

  ingress {
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "blank_description" { # expect: security-group-rules-have-descriptions
  name = "blank-description"

  ingress {
    description = "  "
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group_rule" "no_description" { # expect: security-group-rules-have-descriptions
  type              = "ingress"
  from_port         = 8443
  to_port           = 8443
  protocol          = "tcp"
  cidr_blocks       = ["10.20.0.0/16"]
  security_group_id = aws_security_group.blank_description.id
}

resource "aws_vpc_security_group_ingress_rule" "no_description" { # expect: security-group-rules-have-descriptions
  security_group_id = aws_security_group.blank_description.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "empty_description" { # expect: security-group-rules-have-descriptions
  security_group_id = "sg-123"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
  description       = ""
}

variable "rules" {
  default = {
    https = { port = 443, description = "HTTPS" }
    app   = { port = 8080, description = null }
  }
}

resource "aws_vpc_security_group_ingress_rule" "from_map" { # expect: security-group-rules-have-descriptions
  for_each          = var.rules
  security_group_id = "sg-123"
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  description       = each.value.description
}
