variable "replica_pitr" {
  type    = bool
  default = false
}

resource "aws_dynamodb_table" "orders_global" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  point_in_time_recovery {
    enabled = true
  }

  # The table's own point-in-time recovery does not extend to its replicas.
  replica { # expect: dynamodb-replicas-point-in-time-recovery
    region_name = "eu-west-1"
  }
}

resource "aws_dynamodb_table" "sessions_global" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  point_in_time_recovery {
    enabled = true
  }

  dynamic "replica" { # expect: dynamodb-replicas-point-in-time-recovery
    for_each = ["eu-west-1", "ap-southeast-2"]
    content {
      region_name            = replica.value
      point_in_time_recovery = var.replica_pitr
    }
  }
}

resource "aws_dynamodb_table" "carts_global" {
  for_each     = toset(["carts", "wishlists"])
  name         = each.key
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  replica {
    region_name            = "eu-west-1"
    point_in_time_recovery = true
  }

  replica { # expect: dynamodb-replicas-point-in-time-recovery
    region_name            = "us-west-2"
    point_in_time_recovery = false
  }
}
