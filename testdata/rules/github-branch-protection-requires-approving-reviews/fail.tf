variable "review_count" {
  type    = number
  default = 0
}

variable "protected_branches" {
  type    = set(string)
  default = ["main", "release/*"]
}

resource "github_repository" "payments" {
  name = "payments"
}

# No review block at all: the branch is protected, but nobody has to approve anything.
resource "github_branch_protection" "no_reviews" { # expect: github-branch-protection-requires-approving-reviews
  repository_id  = github_repository.payments.node_id
  pattern        = "main"
  enforce_admins = true
}

# Zero approvals from a variable default.
resource "github_branch_protection" "zero_from_variable" {
  repository_id = github_repository.payments.node_id
  pattern       = "develop"

  required_pull_request_reviews {
    required_approving_review_count = var.review_count # expect: github-branch-protection-requires-approving-reviews
    dismiss_stale_reviews           = true
  }
}

# One resource per branch: every instance lacks reviews.
resource "github_branch_protection" "per_branch" { # expect: github-branch-protection-requires-approving-reviews
  for_each = var.protected_branches

  repository_id = github_repository.payments.node_id
  pattern       = each.value

  required_status_checks {
    strict   = true
    contexts = ["ci/build"]
  }
}

# REST (v3) variant with an explicit 0.
resource "github_branch_protection_v3" "ledger" {
  repository = "ledger"
  branch     = "main"

  required_pull_request_reviews {
    required_approving_review_count = 0 # expect: github-branch-protection-requires-approving-reviews
  }
}

# A dynamic block over an empty list produces no review block; the finding points at
# the dynamic block that would have made it.
resource "github_branch_protection_v3" "dynamic_empty" {
  repository = "billing"
  branch     = "main"

  dynamic "required_pull_request_reviews" { # expect: github-branch-protection-requires-approving-reviews
    for_each = []
    content {
      required_approving_review_count = 2
    }
  }
}
