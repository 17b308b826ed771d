resource "github_repository_environment" "prevented" {
  repository          = "treasury"
  environment         = "Production"
  prevent_self_review = true

  reviewers {
    teams = [123]
  }
}

# No reviewers at all: CHG013's finding, not this rule's.
resource "github_repository_environment" "no_reviewers" {
  repository  = "treasury"
  environment = "prod"
}

resource "github_repository_environment" "development" {
  repository  = "treasury"
  environment = "development"

  reviewers {
    users = [1001]
  }
}
