variable "protect" {
  type = bool
}

resource "github_repository" "maybe_protected" {
  name       = "maybe"
  visibility = "private"
}

# Whether the protection exists is known only when the variable gets a value: undecided.
resource "github_branch_protection" "maybe" {
  count         = var.protect ? 1 : 0
  repository_id = github_repository.maybe_protected.node_id
  pattern       = "main"
}
