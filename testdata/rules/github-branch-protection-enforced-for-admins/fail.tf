variable "enforce_admins" {
  type    = bool
  default = false
}

variable "repositories" {
  type    = set(string)
  default = ["payments", "ledger"]
}

resource "github_branch_protection" "unset" { # expect: github-branch-protection-enforced-for-admins
  repository_id = "payments"
  pattern       = "main"

  required_pull_request_reviews {
    required_approving_review_count = 2
  }
}

resource "github_branch_protection_v3" "per_repository" {
  for_each = var.repositories

  repository     = each.value
  branch         = "main"
  enforce_admins = var.enforce_admins # expect: github-branch-protection-enforced-for-admins
}

resource "github_branch_protection" "explicit_false" {
  repository_id  = "billing"
  pattern        = "release/*"
  enforce_admins = false # expect: github-branch-protection-enforced-for-admins
}
