variable "admin_cidrs" {
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "ssh_world" {
  name = "ssh-world"

  ingress { # expect: security-group-no-public-ssh-rdp
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "all_ipv6" {
  name = "all-ipv6"

  ingress { # expect: security-group-no-public-ssh-rdp
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group" "port_range" {
  name = "port-range"

  ingress { # expect: security-group-no-public-ssh-rdp
    from_port   = 1024
    to_port     = 65535
    protocol    = "6"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }
}

resource "aws_security_group" "rdp_from_variable" {
  name = "rdp"

  ingress { # expect: security-group-no-public-ssh-rdp
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }
}

# Rules given as an attribute rather than blocks.
resource "aws_security_group" "attribute_form" {
  name = "attribute-form"
  ingress = [{ # expect: security-group-no-public-ssh-rdp
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = []
    prefix_list_ids  = []
    security_groups  = []
    self             = false
    description      = "ssh"
  }]
}

# The finding points at the ingress block at fault, not at the first one.
resource "aws_security_group" "second_rule" {
  name = "second-rule"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # expect: security-group-no-public-ssh-rdp
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Another spelling of the whole IPv6 space, through a local.
locals {
  everyone_v6 = ["0::/0"]
}

resource "aws_security_group" "ipv6_spelling" {
  name = "ipv6-spelling"

  ingress { # expect: security-group-no-public-ssh-rdp
    from_port        = 0
    to_port          = 65535
    protocol         = "tcp"
    ipv6_cidr_blocks = local.everyone_v6
  }
}

# A dynamic block over known rules: the SSH one is public.
resource "aws_security_group" "dynamic_known" {
  name = "dynamic-known"

  dynamic "ingress" { # expect: security-group-no-public-ssh-rdp
    for_each = [443, 22]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
