variable "ingress_cidrs" {
  type = list(string)
}

# Egress to anywhere on every port is normal.
resource "aws_security_group" "app" {
  name = "app"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

# All traffic, but only from inside the VPC or from itself.
resource "aws_security_group" "cluster" {
  name = "cluster"

  ingress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
    self      = true
  }

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

# High ports only: a wide range, but not every port.
resource "aws_security_group" "ephemeral" {
  name = "ephemeral"

  ingress {
    from_port   = 1024
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "unknown_sources" {
  name = "unknown-sources"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = var.ingress_cidrs
  }
}
