locals {
  tags = {
    Owner = "platform"
  }
}

resource "aws_security_group" "untagged" { # expect: resources-have-environment-tag
  name = "untagged"
}

resource "aws_sns_topic" "owner_only" {
  name = "alerts"
  tags = local.tags # expect: resources-have-environment-tag
}
