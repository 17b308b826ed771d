variable "pass_approvals" {
  type    = number
  default = 2
}

resource "github_repository_ruleset" "two_approvals" {
  name        = "main"
  repository  = "treasury"
  target      = "BRANCH"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = var.pass_approvals
      dismiss_stale_reviews_on_push   = true
    }
  }
}

# No pull request rule here: another ruleset or branch protection may carry it.
resource "github_repository_ruleset" "history_only" {
  name        = "history"
  repository  = "treasury"
  target      = "branch"
  enforcement = "active"

  rules {
    deletion         = true
    non_fast_forward = true
  }
}

# Tag rulesets have no pull requests.
resource "github_repository_ruleset" "tags" {
  name        = "release-tags"
  repository  = "treasury"
  target      = "tag"
  enforcement = "active"

  rules {
    deletion = true
    update   = true
  }
}

variable "approvals_unknown" {
  type = number
}

resource "github_organization_ruleset" "unknown" {
  name        = "org"
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = var.approvals_unknown
    }
  }
}
