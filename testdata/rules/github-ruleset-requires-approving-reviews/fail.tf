variable "approvals" {
  type    = number
  default = 0
}

resource "github_repository" "payments" {
  name = "payments"
}

# The pull request rule without a count: GitHub requires no approval.
resource "github_repository_ruleset" "unset_count" {
  name        = "main"
  repository  = github_repository.payments.name
  target      = "branch"
  enforcement = "active"

  conditions {
    ref_name {
      include = ["~DEFAULT_BRANCH"]
      exclude = []
    }
  }

  rules {
    deletion         = true
    non_fast_forward = true

    pull_request { # expect: github-ruleset-requires-approving-reviews
      dismiss_stale_reviews_on_push = true
    }
  }
}

resource "github_repository_ruleset" "per_repository" {
  for_each = toset(["ledger", "billing"])

  name        = "protect-main"
  repository  = each.value
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = var.approvals # expect: github-ruleset-requires-approving-reviews
    }
  }
}

resource "github_organization_ruleset" "org_wide" {
  name        = "org-default-branch"
  target      = "branch"
  enforcement = "active"

  conditions {
    ref_name {
      include = ["~DEFAULT_BRANCH"]
      exclude = []
    }
    repository_name {
      include = ["~ALL"]
      exclude = []
    }
  }

  rules {
    dynamic "pull_request" { # expect: github-ruleset-requires-approving-reviews
      for_each = [{ owners = true }]
      content {
        require_code_owner_review = pull_request.value.owners
      }
    }
  }
}
