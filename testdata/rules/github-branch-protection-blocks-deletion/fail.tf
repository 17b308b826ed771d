variable "settings" {
  type = object({
    allow_delete = optional(bool, true)
  })
  default = {}
}

resource "github_branch_protection" "explicit" {
  repository_id    = "payments"
  pattern          = "main"
  allows_deletions = true # expect: github-branch-protection-blocks-deletion
}

resource "github_branch_protection" "optional_default" {
  count = 2

  repository_id    = "ledger-${count.index}"
  pattern          = "main"
  allows_deletions = var.settings.allow_delete # expect: github-branch-protection-blocks-deletion
}
