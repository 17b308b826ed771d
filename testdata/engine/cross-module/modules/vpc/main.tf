resource "aws_vpc" "this" {
  count      = 1
  cidr_block = "10.0.0.0/16"
}

output "vpc_id" {
  value = try(aws_vpc.this[0].id, null)
}
