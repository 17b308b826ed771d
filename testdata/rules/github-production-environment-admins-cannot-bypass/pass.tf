variable "bypass_unknown" {
  type = bool
}

resource "github_repository_environment" "enforced" {
  repository        = "payments"
  environment       = "production"
  can_admins_bypass = false

  reviewers {
    users = [1001]
  }

  deployment_branch_policy {
    protected_branches     = true
    custom_branch_policies = false
  }
}

# Nothing to bypass: CHG013 and CHG021 report this one.
resource "github_repository_environment" "unprotected" {
  repository  = "ledger"
  environment = "production"
}

# Not a production environment.
resource "github_repository_environment" "staging" {
  repository  = "payments"
  environment = "staging"

  reviewers {
    teams = [123]
  }
}

# Known only when the variable gets a value: undecided.
resource "github_repository_environment" "bypass_unknown" {
  repository        = "search"
  environment       = "production"
  can_admins_bypass = var.bypass_unknown

  reviewers {
    teams = [123]
  }
}
