locals {
  tags = {
    Owner       = "platform"
    Environment = "Production"
  }
}

# Values are compared exactly: "Production" is not "production".
resource "aws_sns_topic" "capitalised" {
  name = "alerts"
  tags = local.tags # expect: resources-have-environment-tag
}

variable "stage_name" {
  type    = string
  default = "live"
}

resource "aws_security_group" "unknown_environment" {
  name = "web"
  tags = { # expect: resources-have-environment-tag
    Owner       = "platform"
    Environment = var.stage_name
  }
}

resource "aws_sqs_queue" "per_stage" {
  for_each = toset(["prod", "uat"])
  name     = "jobs-${each.key}"
  tags = { # expect: resources-have-environment-tag
    Environment = each.key
  }
}
