resource "github_repository_ruleset" "dismisses" {
  name        = "main"
  repository  = "ledger"
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = 1
      dismiss_stale_reviews_on_push   = true
    }
  }
}

resource "github_repository_ruleset" "last_push" {
  name        = "release"
  repository  = "ledger"
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = 1
      require_last_push_approval      = true
    }
  }
}

resource "github_repository_ruleset" "no_pull_request" {
  name        = "history"
  repository  = "ledger"
  target      = "branch"
  enforcement = "active"

  rules {
    non_fast_forward = true
  }
}
