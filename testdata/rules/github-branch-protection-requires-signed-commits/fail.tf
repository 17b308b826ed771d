variable "signed" {
  type    = bool
  default = false
}

resource "github_branch_protection" "unset" { # expect: github-branch-protection-requires-signed-commits
  repository_id = "payments"
  pattern       = "main"
}

resource "github_branch_protection_v3" "from_variable" {
  for_each = toset(["ledger", "billing"])

  repository             = each.value
  branch                 = "main"
  require_signed_commits = var.signed # expect: github-branch-protection-requires-signed-commits
}
