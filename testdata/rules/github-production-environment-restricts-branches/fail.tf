variable "protected_only" {
  type    = bool
  default = false
}

resource "github_repository_environment" "no_policy" { # expect: github-production-environment-restricts-branches
  repository  = "payments"
  environment = "production"

  reviewers {
    teams = [123]
  }
}

resource "github_repository_environment" "both_false" {
  for_each    = toset(["ledger", "billing"])
  repository  = each.value
  environment = "Prod"

  deployment_branch_policy { # expect: github-production-environment-restricts-branches
    protected_branches     = var.protected_only
    custom_branch_policies = false
  }
}

# A custom policy whose pattern admits every branch restricts nothing.
resource "github_repository_environment" "wildcard_custom" {
  repository  = "checkout"
  environment = "production"

  deployment_branch_policy { # expect: github-production-environment-restricts-branches
    protected_branches     = false
    custom_branch_policies = true
  }
}

resource "github_repository_environment_deployment_policy" "wildcard_custom" {
  repository     = "checkout"
  environment    = github_repository_environment.wildcard_custom.environment
  branch_pattern = "*"
}
