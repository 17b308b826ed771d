variable "admin_cidr" {
  type = string
}

# Return traffic needs the ephemeral range (1024-65535), which contains 3389: a deny rule
# numbered before it keeps RDP out.
resource "aws_network_acl" "web_only" {
  vpc_id = "vpc-123"

  ingress {
    rule_no    = 90
    action     = "deny"
    protocol   = "6"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 1024
    to_port    = 65535
  }

  ingress {
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "10.0.0.0/8"
    from_port  = 22
    to_port    = 22
  }

  # Egress is not judged.
  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# Lower-numbered denies shield the admin ports from a later allow-all.
resource "aws_network_acl" "denies_first" {
  vpc_id = "vpc-123"

  ingress {
    rule_no    = 10
    action     = "deny"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }

  ingress {
    rule_no    = 20
    action     = "deny"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl" "admin_from_variable" {
  vpc_id = "vpc-123"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.admin_cidr
    from_port  = 22
    to_port    = 22
  }
}

# A default ACL without ingress blocks denies all inbound traffic.
resource "aws_default_network_acl" "locked" {
  default_network_acl_id = "acl-456"
}
