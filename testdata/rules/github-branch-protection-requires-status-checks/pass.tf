locals {
  ci_checks = ["ci/build", "ci/test"]
}

resource "github_branch_protection" "contexts" {
  repository_id = "payments"
  pattern       = "release/*"

  required_status_checks {
    strict   = true
    contexts = local.ci_checks
  }
}

resource "github_branch_protection_v3" "checks_with_app" {
  repository = "ledger-pass"
  branch     = "main"

  required_status_checks {
    checks = ["build:12345", "test"]
  }
}

resource "github_branch_protection_v3" "dynamic_checks" {
  for_each = { payroll = ["unit"], tax = ["unit", "integration"] }

  repository = each.key
  branch     = "main"

  dynamic "required_status_checks" {
    for_each = [each.value]
    content {
      strict   = true
      contexts = required_status_checks.value
    }
  }
}

variable "checks_unknown" {
  type = list(string)
}

resource "github_branch_protection" "unknown" {
  repository_id = "payments"
  pattern       = "develop"

  required_status_checks {
    contexts = var.checks_unknown
  }
}
