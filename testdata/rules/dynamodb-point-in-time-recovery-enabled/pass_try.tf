# Reading an attribute an object does not have is an error, so try() falls back to its
# default, as in Terraform: point-in-time recovery is enabled here.
locals {
  table = { name = "orders" }
}

resource "aws_dynamodb_table" "defaults_through_try" {
  name     = local.table.name
  hash_key = "id"
  point_in_time_recovery {
    enabled = try(local.table.point_in_time_recovery, true)
  }
}
