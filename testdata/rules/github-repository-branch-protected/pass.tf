resource "github_repository" "payments" {
  name       = "payments"
  visibility = "private"
}

resource "github_branch_protection" "payments_main" {
  repository_id = github_repository.payments.node_id
  pattern       = "main"

  required_pull_request_reviews {
    required_approving_review_count = 1
  }
}

variable "services" {
  type    = set(string)
  default = ["billing", "ledger"]
}

resource "github_repository" "services" {
  for_each   = var.services
  name       = each.key
  visibility = "private"
}

resource "github_repository_ruleset" "services" {
  for_each    = github_repository.services
  name        = "default-branch"
  repository  = each.value.name
  target      = "branch"
  enforcement = "active"

  conditions {
    ref_name {
      include = ["~DEFAULT_BRANCH"]
      exclude = []
    }
  }

  rules {
    deletion         = true
    non_fast_forward = true
  }
}

# Protected by literal name.
resource "github_repository" "docs_site" {
  name       = "docs-site"
  visibility = "public"
}

resource "github_branch_protection_v3" "docs_site" {
  repository = "docs-site"
  branch     = "main"
}

resource "github_repository" "retired" {
  name     = "retired"
  archived = true
}
