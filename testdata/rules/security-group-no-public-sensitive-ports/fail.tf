variable "db_port" {
  type    = number
  default = 5432
}

locals {
  world = ["0.0.0.0/0"]
}

resource "aws_security_group" "postgres_world" {
  name = "postgres-world"

  ingress { # expect: security-group-no-public-sensitive-ports
    from_port   = var.db_port
    to_port     = var.db_port
    protocol    = "tcp"
    cidr_blocks = local.world
  }
}

# Memcached over UDP, IPv6 only.
resource "aws_security_group" "memcached_udp_v6" {
  name = "memcached-udp-v6"

  ingress { # expect: security-group-no-public-sensitive-ports
    from_port        = 11211
    to_port          = 11211
    protocol         = "udp"
    ipv6_cidr_blocks = ["::/0"]
  }
}

# A range that contains 3306 and 5432.
resource "aws_security_group" "wide_range" {
  name = "wide-range"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress { # expect: security-group-no-public-sensitive-ports
    from_port   = 3000
    to_port     = 6000
    protocol    = "6"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }
}

resource "aws_security_group" "all_protocols" {
  name = "all-protocols"

  ingress { # expect: security-group-no-public-sensitive-ports
    from_port   = 0
    to_port     = 0
    protocol    = "all"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "per_engine" {
  for_each = {
    mysql = 3306
    redis = 6379
  }
  name = "per-engine-${each.key}"

  ingress { # expect: security-group-no-public-sensitive-ports
    from_port   = each.value
    to_port     = each.value
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "dynamic_ports" {
  name = "dynamic-ports"

  dynamic "ingress" { # expect: security-group-no-public-sensitive-ports
    for_each = toset([80, 27017])
    iterator = port
    content {
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
