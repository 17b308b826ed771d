resource "github_repository_ruleset" "bot_only" {
  name        = "main"
  repository  = "treasury"
  target      = "branch"
  enforcement = "active"

  bypass_actors {
    actor_id    = 42
    actor_type  = "Integration"
    bypass_mode = "always"
  }

  bypass_actors {
    actor_type  = "DeployKey"
    bypass_mode = "always"
  }

  rules {
    pull_request {
      required_approving_review_count = 1
    }
  }
}

# Admins may bypass, but only on a pull request, where the bypass is recorded.
resource "github_repository_ruleset" "admin_on_pull_request" {
  name        = "release"
  repository  = "treasury"
  target      = "branch"
  enforcement = "active"

  bypass_actors {
    actor_id    = 5
    actor_type  = "RepositoryRole"
    bypass_mode = "pull_request"
  }

  rules {
    pull_request {
      required_approving_review_count = 2
    }
  }
}

# A ruleset with no change-control rule: bypassing it skips nothing that matters here.
resource "github_repository_ruleset" "naming_only" {
  name        = "naming"
  repository  = "treasury"
  target      = "branch"
  enforcement = "active"

  bypass_actors {
    actor_id    = 5
    actor_type  = "RepositoryRole"
    bypass_mode = "always"
  }

  rules {
    required_linear_history = true
  }
}

variable "bypass_unknown" {
  type = string
}

resource "github_repository_ruleset" "unknown" {
  name        = "unknown"
  repository  = "treasury"
  target      = "branch"
  enforcement = "active"

  bypass_actors {
    actor_id    = 5
    actor_type  = var.bypass_unknown
    bypass_mode = "always"
  }

  rules {
    deletion = true
  }
}
