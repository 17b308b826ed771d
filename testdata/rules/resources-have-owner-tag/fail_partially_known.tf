resource "random_pet" "name" {}

variable "team_tags" {
  type    = map(string)
  default = { Environment = "prod" }
}

# The Name tag is known only after apply, but the keys are known: there is no Owner.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  tags = merge({ Name = random_pet.name.id }, var.team_tags) # expect: resources-have-owner-tag
}

variable "missing_owner" {
  type    = string
  default = null
}

# A tag set to null is dropped: there is no Owner.
resource "aws_sqs_queue" "unowned" {
  name = "unowned"
  tags = { Owner = var.missing_owner, Environment = "prod" } # expect: resources-have-owner-tag
}
