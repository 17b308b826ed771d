variable "peer_destination_unset" {
  type = string
}

resource "aws_vpc_peering_connection" "narrow" {
  vpc_id      = "vpc-0123456789abcdef0"
  peer_vpc_id = "vpc-0fedcba9876543210"
}

resource "aws_route" "peer_cidr" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = "10.20.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.narrow.id
}

# A default route to an internet gateway is not a peering route.
resource "aws_route" "internet" {
  route_table_id         = "rtb-0123456789abcdef0"
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = "igw-0123456789abcdef0"
}

resource "aws_route_table" "inline_narrow" {
  vpc_id = "vpc-0123456789abcdef0"

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = "igw-0123456789abcdef0"
  }
  route {
    cidr_block                = "10.20.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.narrow.id
  }
}

resource "aws_route" "unknown_destination" {
  route_table_id            = "rtb-0123456789abcdef1"
  destination_cidr_block    = var.peer_destination_unset
  vpc_peering_connection_id = aws_vpc_peering_connection.narrow.id
}
