variable "protect_from_caller" {
  type = bool
}

resource "aws_dynamodb_table" "protected" {
  name                        = "ledger"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = true
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "caller_decides" {
  name                        = "caller"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = var.protect_from_caller
  attribute {
    name = "id"
    type = "S"
  }
}
