resource "aws_default_security_group" "open" {
  vpc_id = "vpc-123"

  ingress { # expect: default-security-group-denies-all
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_default_security_group" "egress_only" { # expect: default-security-group-denies-all
  vpc_id = "vpc-456"

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
