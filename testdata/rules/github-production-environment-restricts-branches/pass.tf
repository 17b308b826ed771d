variable "environment_name" {
  type = string
}

resource "github_repository_environment" "protected" {
  repository  = "payments"
  environment = "production"

  deployment_branch_policy {
    protected_branches     = true
    custom_branch_policies = false
  }
}

resource "github_repository_environment" "custom" {
  repository  = "ledger"
  environment = "prod"

  dynamic "deployment_branch_policy" {
    for_each = [true]
    content {
      protected_branches     = false
      custom_branch_policies = true
    }
  }
}

resource "github_repository_environment_deployment_policy" "custom_main" {
  repository     = "ledger"
  environment    = github_repository_environment.custom.environment
  branch_pattern = "main"
}

resource "github_repository_environment_deployment_policy" "custom_releases" {
  repository     = "ledger"
  environment    = github_repository_environment.custom.environment
  branch_pattern = "releases/*"
}

# Not a production environment.
resource "github_repository_environment" "staging" {
  repository  = "payments"
  environment = "staging"
}

# The name is known only when the variable gets a value: undecided.
resource "github_repository_environment" "name_unknown" {
  repository  = "payments"
  environment = var.environment_name
}

# A wildcard policy for another repository's production environment does not apply here.
resource "github_repository_environment" "search_custom" {
  repository  = "search"
  environment = "production"

  deployment_branch_policy {
    protected_branches     = false
    custom_branch_policies = true
  }
}

resource "github_repository_environment_deployment_policy" "sandbox_wildcard" {
  repository     = "sandbox"
  environment    = "production"
  branch_pattern = "*"
}
