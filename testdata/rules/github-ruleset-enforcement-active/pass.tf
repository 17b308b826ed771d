locals {
  mode = "Active"
}

resource "github_repository_ruleset" "active" {
  name        = "main"
  repository  = "ledger"
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = 1
    }
  }
}

resource "github_organization_ruleset" "local_mode" {
  name        = "org"
  target      = "branch"
  enforcement = local.mode

  rules {
    deletion = true
  }
}

variable "mode_unknown" {
  type = string
}

resource "github_repository_ruleset" "unknown" {
  name        = "release"
  repository  = "ledger"
  target      = "branch"
  enforcement = var.mode_unknown

  rules {
    deletion = true
  }
}
