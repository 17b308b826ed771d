resource "github_branch_protection" "dismisses" {
  repository_id = "payments"
  pattern       = "release/*"

  required_pull_request_reviews {
    dismiss_stale_reviews = true
  }
}

# Requiring the last push to be approved by someone else closes the same gap.
resource "github_branch_protection" "last_push_approval" {
  repository_id = "payments"
  pattern       = "hotfix/*"

  required_pull_request_reviews {
    require_last_push_approval = true
  }
}

resource "github_branch_protection_v3" "per_repo" {
  for_each = toset(["ledger-pass", "billing-pass"])

  repository = each.value
  branch     = "main"

  required_pull_request_reviews {
    dismiss_stale_reviews = true
  }
}

# No review block: nothing to go stale (CHG001 reports the missing reviews).
resource "github_branch_protection" "no_reviews" {
  repository_id = "docs"
  pattern       = "main"
}

resource "random_string" "flag" {
  length = 4
}

resource "github_branch_protection" "unknown" {
  repository_id = "payments"
  pattern       = "develop"

  required_pull_request_reviews {
    dismiss_stale_reviews = random_string.flag.result == "abcd"
  }
}
