resource "aws_network_acl" "allow_all" {
  vpc_id = "vpc-123"

  ingress { # expect: network-acl-no-public-admin-ports
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl" "ssh_range_v6" {
  vpc_id = "vpc-123"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  ingress { # expect: network-acl-no-public-admin-ports
    rule_no         = 110
    action          = "allow"
    protocol        = "6"
    ipv6_cidr_block = "::/0"
    from_port       = 1
    to_port         = 1024
  }
}

# The deny covers IPv4 only; the IPv6 allow still lets RDP in.
resource "aws_network_acl" "deny_v4_only" {
  vpc_id = "vpc-123"

  ingress {
    rule_no    = 50
    action     = "deny"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }

  ingress { # expect: network-acl-no-public-admin-ports
    rule_no         = 100
    action          = "allow"
    protocol        = "all"
    ipv6_cidr_block = "::/0"
    from_port       = 0
    to_port         = 0
  }
}

# The AWS default ACL rule kept on the adopted default ACL, through a dynamic block.
variable "default_ingress" {
  default = [
    {
      rule_no    = 100
      action     = "allow"
      protocol   = "-1"
      cidr_block = "0.0.0.0/0"
      from_port  = 0
      to_port    = 0
    },
  ]
}

resource "aws_default_network_acl" "default" {
  default_network_acl_id = "acl-123"

  dynamic "ingress" { # expect: network-acl-no-public-admin-ports
    for_each = var.default_ingress
    content {
      rule_no    = ingress.value.rule_no
      action     = ingress.value.action
      protocol   = ingress.value.protocol
      cidr_block = ingress.value.cidr_block
      from_port  = ingress.value.from_port
      to_port    = ingress.value.to_port
    }
  }
}

# The ephemeral range for return traffic contains 3389; without a deny in front of it,
# new RDP connections from anywhere are let through too.
resource "aws_network_acl" "ephemeral_without_deny" {
  vpc_id = "vpc-123"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  ingress { # expect: network-acl-no-public-admin-ports
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 1024
    to_port    = 65535
  }
}
