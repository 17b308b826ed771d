# Parity fixture for the tagging rules: the linter must give the same findings on this
# configuration and on plan.json. plan.json is what `terraform show -json PLANFILE` prints for
# a first `terraform plan` of this directory (Terraform 1.11.4, AWS provider 5.100.0), in
# Terraform's documented JSON output format. AWS resources cannot be planned offline as they
# stand (the provider checks its credentials first), so the plan was made with a throwaway
# override file giving the provider dummy credentials and skip_* settings; those provider
# arguments were removed again from plan.json's configuration.provider_config.
# ../regenerate.sh does all this. var.team is set in terraform.tfvars, which Terraform reads
# by itself.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Every resource of the default provider gets an Environment tag (tags_all in the plan).
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Environment = "production"
    }
  }
}

# Resources of this provider get no default tags.
provider "aws" {
  alias  = "legacy"
  region = "us-east-1"
}

variable "team" {
  type = string
}

variable "common_tags" {
  type = map(string)
  default = {
    Owner = "platform"
  }
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
  tags = {
    Owner              = var.team
    DataClassification = "internal"
  }
}

# Only the provider's Environment tag.
resource "aws_s3_bucket" "scratch" {
  bucket = "acme-scratch"
}

resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  tags = merge(var.common_tags, { DataClassification = "confidential" })
}

# Tag keys are case-sensitive: "owner" is not "Owner".
resource "aws_dynamodb_table" "events" {
  name         = "events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  tags = {
    owner              = "platform"
    DataClassification = "internal"
  }
}

resource "aws_instance" "worker" {
  count         = 2
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  tags = {
    Name  = "worker-${count.index}"
    Owner = var.team
  }
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
  tags = {
    Owner = "sre"
  }
}

# One tag value is known only after apply, so the plan cannot merge tags_all yet.
resource "aws_sqs_queue" "alerts" {
  name = "alerts"
  tags = {
    Owner  = "sre"
    Source = aws_sns_topic.alerts.arn
  }
}

# The legacy provider adds no Environment tag.
resource "aws_sqs_queue" "legacy_jobs" {
  provider = aws.legacy
  name     = "legacy-jobs"
  tags     = var.common_tags
}

resource "aws_vpc" "legacy" {
  provider   = aws.legacy
  cidr_block = "10.9.0.0/16"
}
