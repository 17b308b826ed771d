variable "code_owners" {
  type    = bool
  default = false
}

resource "github_branch_protection" "unset" {
  repository_id = "payments"
  pattern       = "main"

  required_pull_request_reviews { # expect: github-branch-protection-requires-code-owner-review
    required_approving_review_count = 2
    dismiss_stale_reviews           = true
  }
}

resource "github_branch_protection_v3" "from_variable" {
  for_each = toset(["ledger", "billing"])

  repository = each.key
  branch     = "main"

  required_pull_request_reviews {
    require_code_owner_reviews = var.code_owners # expect: github-branch-protection-requires-code-owner-review
  }
}
