resource "github_branch_protection" "signed" {
  repository_id          = "payments"
  pattern                = "release/*"
  require_signed_commits = true
}

resource "github_branch_protection_v3" "signed_rest" {
  count = 2

  repository             = "service-${count.index}"
  branch                 = "main"
  require_signed_commits = count.index >= 0
}
