# A default tag with a value outside the policy is reported on each resource that gets it.
provider "aws" {
  alias = "misnamed"
  default_tags {
    tags = {
      Environment = "Prod"
    }
  }
}

resource "aws_lb" "inherits_misnamed_environment" { # expect: resources-have-environment-tag
  provider = aws.misnamed
  name     = "misnamed-environment"
  subnets  = ["subnet-1", "subnet-2"]
}
