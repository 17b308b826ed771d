variable "dismiss_stale" {
  type    = bool
  default = false
}

variable "branches" {
  type    = list(string)
  default = ["main", "release"]
}

resource "github_branch_protection" "unset" {
  repository_id = "payments"
  pattern       = "main"

  required_pull_request_reviews { # expect: github-branch-protection-dismisses-stale-reviews
    required_approving_review_count = 2
  }
}

resource "github_branch_protection" "from_variable" {
  count = length(var.branches)

  repository_id = "ledger"
  pattern       = var.branches[count.index]

  required_pull_request_reviews {
    required_approving_review_count = 1
    dismiss_stale_reviews           = var.dismiss_stale # expect: github-branch-protection-dismisses-stale-reviews
  }
}

resource "github_branch_protection_v3" "explicit_false" {
  repository = "billing"
  branch     = "main"

  required_pull_request_reviews {
    dismiss_stale_reviews      = false # expect: github-branch-protection-dismisses-stale-reviews
    require_last_push_approval = false
  }
}

resource "github_branch_protection_v3" "dynamic_reviews" {
  repository = "invoicing"
  branch     = "main"

  dynamic "required_pull_request_reviews" { # expect: github-branch-protection-dismisses-stale-reviews
    for_each = [1]
    content {
      required_approving_review_count = 1
    }
  }
}
