resource "random_pet" "owner" {}

variable "platform_tags" {
  type = map(string)
}

# The Owner tag's value is known only after apply: it is present.
resource "aws_sqs_queue" "events" {
  name = "events"
  tags = merge({ Owner = random_pet.owner.id }, { Environment = "prod" })
}

# The tags come from a variable without a value: which keys it holds is unknown, so the rule
# cannot decide (listed with --show-unknown, not a finding).
resource "aws_sqs_queue" "audit" {
  name = "audit"
  tags = var.platform_tags
}
