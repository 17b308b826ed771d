variable "mutability_unknown" {
  type = string
}

locals {
  immutable = "IMMUTABLE"
}

resource "aws_ecr_repository" "frontend" {
  name                 = "frontend"
  image_tag_mutability = local.immutable
}

resource "aws_ecr_repository" "latest_excluded" {
  name                 = "batch"
  image_tag_mutability = "IMMUTABLE_WITH_EXCLUSION"

  image_tag_mutability_exclusion_filter {
    filter      = "latest"
    filter_type = "WILDCARD"
  }
}

resource "aws_ecr_repository_creation_template" "replicated" {
  prefix               = "prod"
  applied_for          = ["REPLICATION"]
  image_tag_mutability = "IMMUTABLE"
}

# Known only when the variable gets a value: undecided.
resource "aws_ecr_repository" "unknown" {
  name                 = "search"
  image_tag_mutability = var.mutability_unknown
}
