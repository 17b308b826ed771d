# Tags set once on the provider reach every resource that uses it.
provider "aws" {
  alias = "confidential"
  default_tags {
    tags = {
      DataClassification = "confidential"
    }
  }
}

resource "aws_dynamodb_table" "inherits_classification" {
  provider = aws.confidential
  name     = "inherits"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
