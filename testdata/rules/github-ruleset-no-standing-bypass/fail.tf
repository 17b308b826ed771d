variable "bypass_teams" {
  type    = list(number)
  default = [1234, 5678]
}

resource "github_repository_ruleset" "admin_always" {
  name        = "main"
  repository  = "payments"
  target      = "branch"
  enforcement = "active"

  bypass_actors {
    actor_id    = 42
    actor_type  = "Integration"
    bypass_mode = "always"
  }

  bypass_actors { # expect: github-ruleset-no-standing-bypass
    actor_id    = 5
    actor_type  = "RepositoryRole"
    bypass_mode = "always"
  }

  rules {
    pull_request {
      required_approving_review_count = 1
    }
  }
}

resource "github_organization_ruleset" "teams_exempt" {
  name        = "org-main"
  target      = "branch"
  enforcement = "active"

  dynamic "bypass_actors" { # expect: github-ruleset-no-standing-bypass
    for_each = var.bypass_teams
    content {
      actor_id    = bypass_actors.value
      actor_type  = "Team"
      bypass_mode = "exempt"
    }
  }

  rules {
    non_fast_forward = true
    deletion         = true
  }
}

resource "github_repository_ruleset" "org_admin" {
  for_each = toset(["ledger", "billing"])

  name        = "main"
  repository  = each.value
  target      = "branch"
  enforcement = "active"

  bypass_actors { # expect: github-ruleset-no-standing-bypass
    actor_id    = 1
    actor_type  = "OrganizationAdmin"
    bypass_mode = "always"
  }

  rules {
    required_status_checks {
      required_check {
        context = "ci/test"
      }
    }
  }
}
