resource "aws_dynamodb_table" "unprotected" { # expect: dynamodb-deletion-protection-enabled
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

variable "tables" {
  default = {
    users    = false
    payments = false
  }
}

resource "aws_dynamodb_table" "per_table" {
  for_each                    = var.tables
  name                        = each.key
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = each.value # expect: dynamodb-deletion-protection-enabled
  attribute {
    name = "id"
    type = "S"
  }
}
