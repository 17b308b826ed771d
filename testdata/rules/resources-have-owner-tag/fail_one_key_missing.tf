# An Owner without an Environment is still missing a required key.
resource "aws_sns_topic" "owner_only" {
  name = "alerts"
  tags = { # expect: resources-have-owner-tag
    Owner = "platform"
  }
}

# Tag keys are case-sensitive: "owner" and "environment" are other keys.
resource "aws_ecr_repository" "lower_case_keys" {
  name = "app"
  tags = { # expect: resources-have-owner-tag
    owner       = "platform"
    environment = "production"
  }
}

# Default tags supply the Environment, the resource supplies nothing else.
provider "aws" {
  alias = "env_only"
  default_tags {
    tags = {
      Environment = "production"
    }
  }
}

resource "aws_lb" "environment_from_provider" { # expect: resources-have-owner-tag
  provider = aws.env_only
  name     = "web"
  subnets  = ["subnet-1", "subnet-2"]
}
