locals {
  common_tags = {
    Owner       = "data-platform"
    Environment = "production"
  }
}

resource "aws_s3_bucket" "untagged" { # expect: data-stores-have-classification-tag
  bucket = "untagged"
}

resource "aws_dynamodb_table" "common_only" {
  name     = "orders"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = merge(local.common_tags, { Name = "orders" }) # expect: data-stores-have-classification-tag
}

# Tag keys are case-sensitive.
resource "aws_db_instance" "wrong_case" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
  tags = { # expect: data-stores-have-classification-tag
    dataclassification = "confidential"
  }
}
