variable "peer_destination" {
  type    = string
  default = "0.0.0.0/0"
}

resource "aws_vpc_peering_connection" "shared" {
  vpc_id      = "vpc-0123456789abcdef0"
  peer_vpc_id = "vpc-0fedcba9876543210"
}

resource "aws_route" "everything_to_peer" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = "0.0.0.0/0"
  vpc_peering_connection_id = aws_vpc_peering_connection.shared.id # expect: vpc-peering-routes-least-access
}

resource "aws_route" "ipv6_to_peer" {
  for_each                    = toset(["rtb-a", "rtb-b"])
  route_table_id              = each.key
  destination_ipv6_cidr_block = "::/0"
  vpc_peering_connection_id   = aws_vpc_peering_connection.shared.id # expect: vpc-peering-routes-least-access
}

resource "aws_route" "from_variable" {
  route_table_id            = "rtb-0123456789abcdef1"
  destination_cidr_block    = var.peer_destination
  vpc_peering_connection_id = "pcx-0123456789abcdef0" # expect: vpc-peering-routes-least-access
}

# Inline routes are a set: one holding a value known only after apply (a peering
# connection's id) is unknown as a whole, so this fixture names the connection literally.
resource "aws_route_table" "inline_default_to_peer" { # expect: vpc-peering-routes-least-access
  vpc_id = "vpc-0123456789abcdef0"

  route {
    cidr_block                = "0.0.0.0/0"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }
}

resource "aws_default_route_table" "dynamic_routes" { # expect: vpc-peering-routes-least-access
  default_route_table_id = "rtb-0default"

  dynamic "route" {
    for_each = { "0.0.0.0/0" = "pcx-0123456789abcdef0" }
    content {
      cidr_block                = route.key
      vpc_peering_connection_id = route.value
    }
  }
}
