variable "dismiss" {
  type    = bool
  default = false
}

resource "github_repository_ruleset" "unset" {
  name        = "main"
  repository  = "payments"
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request { # expect: github-ruleset-dismisses-stale-reviews
      required_approving_review_count = 2
    }
  }
}

resource "github_organization_ruleset" "from_variable" {
  for_each = { default = "~DEFAULT_BRANCH", release = "refs/heads/release/*" }

  name        = each.key
  target      = "branch"
  enforcement = "active"

  conditions {
    ref_name {
      include = [each.value]
      exclude = []
    }
    repository_name {
      include = ["~ALL"]
      exclude = []
    }
  }

  rules {
    pull_request {
      required_approving_review_count = 1
      dismiss_stale_reviews_on_push   = var.dismiss # expect: github-ruleset-dismisses-stale-reviews
    }
  }
}
