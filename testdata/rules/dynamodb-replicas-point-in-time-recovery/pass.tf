variable "replica_regions" {
  type    = list(string)
  default = ["eu-west-1", "us-west-2"]
}

variable "replica_pitr_unknown" {
  type = bool
}

resource "aws_dynamodb_table" "ledger_global" {
  name         = "ledger"
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

  dynamic "replica" {
    for_each = var.replica_regions
    content {
      region_name            = replica.value
      point_in_time_recovery = true
    }
  }
}

# A single-region table has no replicas to judge.
resource "aws_dynamodb_table" "single_region" {
  name         = "audit"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

# Known only when the variable gets a value: undecided, no finding.
resource "aws_dynamodb_table" "replica_flag_unknown" {
  name         = "profiles"
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
    point_in_time_recovery = var.replica_pitr_unknown
  }
}
