resource "aws_security_group" "open_all" {
  name = "open-all"

  ingress { # expect: security-group-no-public-all-traffic
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "all_tcp_v6" {
  name = "all-tcp-v6"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # expect: security-group-no-public-all-traffic
    from_port        = 0
    to_port          = 65535
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}

variable "open_protocol" {
  default = "all"
}

resource "aws_security_group" "protocol_from_variable" {
  name = "protocol-from-variable"

  ingress { # expect: security-group-no-public-all-traffic
    from_port   = 0
    to_port     = 0
    protocol    = var.open_protocol
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "counted" {
  count = 2
  name  = "counted-${count.index}"

  ingress { # expect: security-group-no-public-all-traffic
    from_port   = 1
    to_port     = 65535
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
