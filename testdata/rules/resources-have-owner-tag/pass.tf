variable "owner" {
  type = string
}

variable "caller_tags" {
  type = map(string)
}

resource "aws_s3_bucket" "owned" {
  bucket = "owned"
  tags = {
    Owner       = "payments"
    Environment = "production"
  }
}

resource "aws_kms_key" "owned_later" {
  description = "owned later"
  tags = {
    Owner       = var.owner
    Environment = "staging"
  }
}

resource "aws_sqs_queue" "caller" {
  name = "caller"
  tags = var.caller_tags
}

locals {
  base_tags = { Owner = "platform" }
  queues    = { orders = "production", retries = "staging" }
}

# Keys from a local merged with one set per instance.
resource "aws_sqs_queue" "per_environment" {
  for_each = local.queues
  name     = each.key
  tags     = merge(local.base_tags, { Environment = each.value })
}

# Not in the rule's list of resource types.
resource "aws_route" "untagged_route" {
  route_table_id         = "rtb-123"
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = "igw-123"
}
