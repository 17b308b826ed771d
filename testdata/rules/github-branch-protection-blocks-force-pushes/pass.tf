resource "github_branch_protection" "default" {
  repository_id = "payments"
  pattern       = "release/*"
}

resource "github_branch_protection" "explicit_false" {
  repository_id        = "payments"
  pattern              = "develop"
  allows_force_pushes  = false
  force_push_bypassers = ["/release-bot"]
}

# The REST resource has no force-push argument; the API keeps force pushes blocked.
resource "github_branch_protection_v3" "rest" {
  repository = "invoicing"
  branch     = "main"
}

variable "force_unknown" {
  type = bool
}

resource "github_branch_protection" "unknown" {
  repository_id       = "payments"
  pattern             = "hotfix/*"
  allows_force_pushes = var.force_unknown
}
