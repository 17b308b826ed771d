variable "allow_force" {
  type    = bool
  default = true
}

resource "github_branch_protection" "explicit" {
  repository_id       = "payments"
  pattern             = "main"
  allows_force_pushes = true # expect: github-branch-protection-blocks-force-pushes
}

resource "github_branch_protection" "per_branch" {
  for_each = toset(["main", "release/*"])

  repository_id       = "ledger"
  pattern             = each.value
  allows_force_pushes = var.allow_force # expect: github-branch-protection-blocks-force-pushes
}

locals {
  relaxed = { "feature/*" = true, "main" = false }
}

resource "github_branch_protection" "from_map" {
  for_each = local.relaxed

  repository_id       = "billing"
  pattern             = each.key
  allows_force_pushes = each.value # expect: github-branch-protection-blocks-force-pushes
}
