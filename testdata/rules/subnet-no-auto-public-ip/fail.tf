variable "public_ips" {
  default = true
}

resource "aws_subnet" "public_auto" {
  vpc_id                  = "vpc-123"
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true # expect: subnet-no-auto-public-ip
}

resource "aws_subnet" "public_per_az" {
  for_each                = toset(["eu-west-1a", "eu-west-1b"])
  vpc_id                  = "vpc-123"
  availability_zone       = each.key
  cidr_block              = cidrsubnet("10.0.0.0/16", 8, index(["eu-west-1a", "eu-west-1b"], each.key))
  map_public_ip_on_launch = var.public_ips # expect: subnet-no-auto-public-ip
}
