variable "ruleset_mode" {
  type    = string
  default = "evaluate"
}

resource "github_repository_ruleset" "disabled" {
  name        = "main"
  repository  = "payments"
  target      = "branch"
  enforcement = "disabled" # expect: github-ruleset-enforcement-active

  rules {
    non_fast_forward = true
  }
}

resource "github_organization_ruleset" "trial" {
  for_each = toset(["branch", "tag"])

  name        = "org-${each.key}"
  target      = each.key
  enforcement = var.ruleset_mode # expect: github-ruleset-enforcement-active

  rules {
    deletion = true
  }
}
