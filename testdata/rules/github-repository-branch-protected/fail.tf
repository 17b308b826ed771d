resource "github_repository" "unprotected" { # expect: github-repository-branch-protected
  name       = "unprotected"
  visibility = "private"
}

resource "github_repository" "per_team" { # expect: github-repository-branch-protected
  for_each   = toset(["data-tools", "ml-tools"])
  name       = each.key
  visibility = "private"
}

# Protecting another repository does not cover this one.
resource "github_repository" "neighbour" { # expect: github-repository-branch-protected
  name       = "neighbour"
  visibility = "private"
}

resource "github_repository" "protected_elsewhere" {
  name       = "protected-elsewhere"
  visibility = "private"
}

resource "github_branch_protection" "protected_elsewhere" {
  repository_id = github_repository.protected_elsewhere.node_id
  pattern       = "main"
}
