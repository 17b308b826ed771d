# Tags set once on the provider reach every resource that uses it.
provider "aws" {
  alias = "tagged"
  default_tags {
    tags = {
      Owner       = "platform"
      Environment = "production"
    }
  }
}

resource "aws_sqs_queue" "inherits_owner" {
  provider = aws.tagged
  name     = "inherits-owner"
  tags = {
    Name = "inherits-owner"
  }
}
