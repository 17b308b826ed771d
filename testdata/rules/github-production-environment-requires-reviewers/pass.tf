resource "github_team" "release_managers" {
  name = "release-managers"
}

resource "github_repository_environment" "prod_team" {
  repository          = "treasury"
  environment         = "production"
  prevent_self_review = true

  reviewers {
    teams = [github_team.release_managers.id]
  }
}

resource "github_repository_environment" "prod_users" {
  for_each = toset(["treasury-api", "treasury-web"])

  repository  = each.value
  environment = "Prod"

  dynamic "reviewers" {
    for_each = [[1001, 1002]]
    content {
      users = reviewers.value
    }
  }
}

# Not a production environment.
resource "github_repository_environment" "staging" {
  repository  = "treasury"
  environment = "staging"
}
