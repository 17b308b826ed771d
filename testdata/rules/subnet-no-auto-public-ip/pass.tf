variable "map_public" {
  type = bool
}

# A public subnet (routed to an internet gateway) for load balancers, without automatic
# public addresses.
resource "aws_subnet" "public_lb" {
  vpc_id     = "vpc-123"
  cidr_block = "10.0.10.0/24"
}

resource "aws_route_table_association" "public_lb" {
  subnet_id      = aws_subnet.public_lb.id
  route_table_id = "rtb-123"
}

resource "aws_subnet" "private" {
  vpc_id                  = "vpc-123"
  cidr_block              = "10.0.20.0/24"
  map_public_ip_on_launch = false
}

resource "aws_subnet" "from_variable" {
  vpc_id                  = "vpc-123"
  cidr_block              = "10.0.30.0/24"
  map_public_ip_on_launch = var.map_public
}
