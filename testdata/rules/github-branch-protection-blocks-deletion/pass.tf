resource "github_branch_protection" "default" {
  repository_id = "payments"
  pattern       = "release/*"
}

resource "github_branch_protection" "explicit_false" {
  for_each = toset(["develop", "hotfix/*"])

  repository_id    = "payments"
  pattern          = each.value
  allows_deletions = false
}

resource "github_branch_protection_v3" "rest" {
  repository = "invoicing"
  branch     = "main"
}

resource "github_branch_protection" "disabled" {
  count = 0

  repository_id    = "archive"
  pattern          = "main"
  allows_deletions = true
}
