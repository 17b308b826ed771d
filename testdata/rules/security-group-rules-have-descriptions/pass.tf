variable "description" {
  type = string
}

resource "aws_security_group" "documented" {
  name = "documented"

  ingress {
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    description = "All outbound"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# No inline rules: the rules live in their own resources.
resource "aws_security_group" "no_inline_rules" {
  name = "no-inline-rules"
}

resource "aws_security_group_rule" "documented" {
  type              = "ingress"
  description       = "Postgres from the application tier"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
  security_group_id = aws_security_group.no_inline_rules.id
}

resource "aws_vpc_security_group_ingress_rule" "documented" {
  security_group_id = aws_security_group.no_inline_rules.id
  description       = "HTTPS from the office"
  cidr_ipv4         = "203.0.113.0/24"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "from_variable" {
  security_group_id = aws_security_group.no_inline_rules.id
  description       = var.description
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

resource "aws_security_group" "dynamic_documented" {
  name = "dynamic-documented"

  dynamic "ingress" {
    for_each = { https = 443, http = 80 }
    content {
      description = "${upper(ingress.key)} from anywhere"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
