resource "aws_kms_key" "tables" {
  description         = "tables"
  enable_key_rotation = true
}

locals {
  tables = ["orders", "customers"]
}

resource "aws_dynamodb_table" "cmk" {
  count        = length(local.tables)
  name         = local.tables[count.index]
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.tables.arn
  }
}
