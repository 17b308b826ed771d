variable "pitr" {
  type = list(bool)
}

resource "aws_dynamodb_table" "pitr_on" {
  name         = "pitr-on"
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

resource "aws_dynamodb_table" "dynamic_pitr" {
  name     = "dynamic-pitr"
  hash_key = "id"

  attribute {
    name = "id"
    type = "S"
  }

  dynamic "point_in_time_recovery" {
    for_each = var.pitr
    content {
      enabled = point_in_time_recovery.value
    }
  }
}
