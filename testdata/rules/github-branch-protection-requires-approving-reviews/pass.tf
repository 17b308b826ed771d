variable "pass_review_count" {
  type    = number
  default = 2
}

resource "github_repository" "payments_pass" {
  name = "payments-pass"
}

variable "repositories" {
  type = map(object({ approvals = number }))
  default = {
    payments = { approvals = 2 }
    ledger   = { approvals = 1 }
  }
}

# The block with no count: the provider's default of one approval applies.
resource "github_branch_protection" "default_count" {
  repository_id = github_repository.payments_pass.node_id
  pattern       = "main"

  required_pull_request_reviews {
    dismiss_stale_reviews = true
  }
}

resource "github_branch_protection" "from_variable" {
  repository_id = github_repository.payments_pass.node_id
  pattern       = "release/*"

  required_pull_request_reviews {
    required_approving_review_count = var.pass_review_count
  }
}

resource "github_branch_protection_v3" "per_repository" {
  for_each = var.repositories

  repository = each.key
  branch     = "main"

  required_pull_request_reviews {
    required_approving_review_count = each.value.approvals
  }
}

resource "github_branch_protection_v3" "dynamic_reviews" {
  repository = "billing"
  branch     = "main"

  dynamic "required_pull_request_reviews" {
    for_each = [{ count = 2 }]
    content {
      required_approving_review_count = required_pull_request_reviews.value.count
    }
  }
}

# The count is known only after apply: undecided, not a finding.
resource "random_integer" "approvals" {
  min = 1
  max = 3
}

resource "github_branch_protection" "unknown_count" {
  repository_id = github_repository.payments_pass.node_id
  pattern       = "hotfix/*"

  required_pull_request_reviews {
    required_approving_review_count = random_integer.approvals.result
  }
}
