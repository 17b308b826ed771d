# The flow log reaches its VPC through a local, as terraform-aws-vpc writes it.
resource "aws_vpc" "through_local" {
  count      = 1
  cidr_block = "10.40.0.0/16"
}

locals {
  vpc_id = try(aws_vpc.through_local[0].id, "")
}

resource "aws_flow_log" "through_local" {
  vpc_id       = local.vpc_id
  traffic_type = "ALL"
}

# for_each over the VPCs themselves: each.value is the VPC of that key.
resource "aws_vpc" "iterated" {
  for_each   = { a = "10.50.0.0/16", b = "10.60.0.0/16" }
  cidr_block = each.value
}

resource "aws_flow_log" "iterated" {
  for_each     = aws_vpc.iterated
  vpc_id       = each.value.id
  traffic_type = "ALL"
}
