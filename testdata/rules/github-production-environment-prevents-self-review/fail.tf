variable "self_review" {
  type    = bool
  default = false
}

resource "github_repository_environment" "unset" { # expect: github-production-environment-prevents-self-review
  repository  = "payments"
  environment = "production"

  reviewers {
    teams = [123]
  }
}

resource "github_repository_environment" "from_variable" {
  for_each = toset(["ledger", "billing"])

  repository          = each.value
  environment         = "prod"
  prevent_self_review = var.self_review # expect: github-production-environment-prevents-self-review

  reviewers {
    users = [1001]
  }
}
