variable "image_tag_mutability" {
  type    = string
  default = "MUTABLE"
}

resource "aws_ecr_repository" "api" { # expect: ecr-repository-tags-immutable
  name = "api"
}

resource "aws_ecr_repository" "services" {
  for_each             = toset(["billing", "ledger"])
  name                 = each.key
  image_tag_mutability = var.image_tag_mutability # expect: ecr-repository-tags-immutable
}

resource "aws_ecr_repository" "mostly_mutable" {
  name                 = "worker"
  image_tag_mutability = "MUTABLE_WITH_EXCLUSION" # expect: ecr-repository-tags-immutable

  image_tag_mutability_exclusion_filter {
    filter      = "release-*"
    filter_type = "WILDCARD"
  }
}

resource "aws_ecr_repository_creation_template" "pull_through" { # expect: ecr-repository-tags-immutable
  prefix        = "docker-hub"
  applied_for   = ["PULL_THROUGH_CACHE"]
  resource_tags = {}
}
