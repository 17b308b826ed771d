# Tags set once on the provider reach every resource that uses it.
provider "aws" {
  alias = "tagged"
  default_tags {
    tags = {
      Environment = "production"
    }
  }
}

resource "aws_lb" "inherits_environment" {
  provider = aws.tagged
  name     = "inherits-environment"
  subnets  = ["subnet-1", "subnet-2"]
}
