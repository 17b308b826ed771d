variable "subnet_ids" {
  type = list(string)
}

resource "aws_autoscaling_group" "two_subnets" {
  name                = "web"
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_autoscaling_group" "three_zones" {
  name               = "queue"
  min_size           = 1
  max_size           = 3
  availability_zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
}

# Subnets from the caller: how many is unknown here.
resource "aws_autoscaling_group" "caller_subnets" {
  name                = "caller"
  min_size            = 1
  max_size            = 3
  vpc_zone_identifier = var.subnet_ids
}

resource "aws_subnet" "per_zone" {
  for_each          = toset(["eu-west-1a", "eu-west-1b"])
  vpc_id            = "vpc-123"
  availability_zone = each.key
  cidr_block        = each.key == "eu-west-1a" ? "10.0.10.0/24" : "10.0.11.0/24"
}

# Subnets made here, one per zone: two ids, known after apply.
resource "aws_autoscaling_group" "per_zone_subnets" {
  name                = "per-zone"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = [for s in aws_subnet.per_zone : s.id]
}
