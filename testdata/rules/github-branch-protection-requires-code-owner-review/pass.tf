locals {
  review_settings = {
    code_owners = true
    approvals   = 2
  }
}

resource "github_branch_protection" "code_owners" {
  repository_id = "payments"
  pattern       = "release/*"

  required_pull_request_reviews {
    require_code_owner_reviews      = local.review_settings.code_owners
    required_approving_review_count = local.review_settings.approvals
  }
}

resource "github_branch_protection_v3" "dynamic_code_owners" {
  repository = "invoicing"
  branch     = "main"

  dynamic "required_pull_request_reviews" {
    for_each = [local.review_settings]
    content {
      require_code_owner_reviews = required_pull_request_reviews.value.code_owners
    }
  }
}

resource "github_branch_protection" "no_reviews" {
  repository_id = "docs"
  pattern       = "main"
}
