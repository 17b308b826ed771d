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

variable "classification_level" {
  type    = string
  default = null
}

# A tag set to null is dropped by AWS: no classification on either replica.
resource "aws_ebs_volume" "replicas" {
  count             = 2
  availability_zone = "eu-west-1a"
  size              = 10
  tags = { # expect: data-stores-have-classification-tag
    Name               = "replica-${count.index}"
    DataClassification = var.classification_level
  }
}
