resource "aws_dynamodb_table" "owned_key" { # expect: dynamodb-table-encrypted-with-cmk
  name         = "owned-key"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

# enabled without a key: the AWS managed key aws/dynamodb.
resource "aws_dynamodb_table" "aws_managed" {
  name         = "aws-managed"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption { # expect: dynamodb-table-encrypted-with-cmk
    enabled = true
  }
}

# The AWS managed key named by its alias.
resource "aws_dynamodb_table" "aws_alias" {
  name         = "aws-alias"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption { # expect: dynamodb-table-encrypted-with-cmk
    enabled     = true
    kms_key_arn = "alias/aws/dynamodb"
  }
}
