variable "admins_bypass" {
  type    = bool
  default = true
}

resource "github_repository_environment" "reviewed_unset" { # expect: github-production-environment-admins-cannot-bypass
  repository  = "payments"
  environment = "production"

  reviewers {
    teams = [123]
  }
}

resource "github_repository_environment" "branch_policy_from_variable" {
  for_each          = toset(["ledger", "billing"])
  repository        = each.value
  environment       = "PROD"
  can_admins_bypass = var.admins_bypass # expect: github-production-environment-admins-cannot-bypass

  deployment_branch_policy {
    protected_branches     = true
    custom_branch_policies = false
  }
}

resource "github_repository_environment" "wait_timer_explicit" {
  repository        = "checkout"
  environment       = "prod"
  wait_timer        = 30
  can_admins_bypass = true # expect: github-production-environment-admins-cannot-bypass
}
