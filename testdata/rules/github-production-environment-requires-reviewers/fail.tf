variable "environments" {
  type = map(object({ reviewer_teams = list(number) }))
  default = {
    staging    = { reviewer_teams = [] }
    Production = { reviewer_teams = [] }
  }
}

resource "github_repository_environment" "prod_no_reviewers" { # expect: github-production-environment-requires-reviewers
  repository  = "payments"
  environment = "prod"
}

# One environment per map entry: only the production one is judged.
resource "github_repository_environment" "per_environment" {
  for_each = var.environments

  repository  = "ledger"
  environment = each.key

  reviewers { # expect: github-production-environment-requires-reviewers
    teams = each.value.reviewer_teams
  }
}

resource "github_repository_environment" "empty_block" {
  repository          = "billing"
  environment         = "PRODUCTION"
  prevent_self_review = true

  reviewers { # expect: github-production-environment-requires-reviewers
    users = []
  }
}
