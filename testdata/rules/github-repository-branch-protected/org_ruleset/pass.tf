resource "github_repository" "covered_by_org_ruleset" {
  name       = "analytics"
  visibility = "private"
}

resource "github_organization_ruleset" "default_branches" {
  name        = "default-branches"
  target      = "branch"
  enforcement = "active"

  conditions {
    ref_name {
      include = ["~DEFAULT_BRANCH"]
      exclude = []
    }
    repository_name {
      include = ["~ALL"]
      exclude = []
    }
  }

  rules {
    deletion         = true
    non_fast_forward = true
  }
}
