variable "required_checks" {
  type    = list(string)
  default = []
}

resource "github_branch_protection" "no_block" { # expect: github-branch-protection-requires-status-checks
  repository_id = "payments"
  pattern       = "main"

  required_pull_request_reviews {
    required_approving_review_count = 1
  }
}

resource "github_branch_protection" "strict_only" {
  repository_id = "ledger"
  pattern       = "main"

  required_status_checks { # expect: github-branch-protection-requires-status-checks
    strict = true
  }
}

resource "github_branch_protection_v3" "empty_from_variable" {
  for_each = toset(["billing", "invoicing"])

  repository = each.key
  branch     = "main"

  required_status_checks { # expect: github-branch-protection-requires-status-checks
    strict = true
    checks = var.required_checks
  }
}

# The dynamic block yields nothing: the finding points at it.
resource "github_branch_protection_v3" "dynamic_none" {
  repository = "treasury"
  branch     = "main"

  dynamic "required_status_checks" { # expect: github-branch-protection-requires-status-checks
    for_each = length(var.required_checks) > 0 ? [1] : []
    content {
      contexts = var.required_checks
    }
  }
}
