variable "environment" {
  type = string
}

resource "aws_sns_topic" "tagged" {
  name = "tagged"
  tags = {
    Owner       = "platform"
    Environment = "production"
  }
}

# The value is known only after apply: undecided.
resource "aws_eks_cluster" "tagged_later" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1"]
  }
  tags = {
    Environment = var.environment
  }
}

# No Environment tag at all: resources-have-owner-tag judges the missing key, not this rule.
resource "aws_security_group" "untagged" {
  name = "untagged"
}

resource "aws_sqs_queue" "per_known_stage" {
  for_each = toset(["dev", "staging"])
  name     = "jobs-${each.key}"
  tags     = { Environment = each.key }
}
