variable "branch" {
  type = string
}

variable "approvals" {
  type    = number
  default = 1
}

resource "github_repository" "this" {
  name = "service-${var.branch}"
}

resource "github_branch_protection" "this" {
  repository_id = github_repository.this.node_id
  pattern       = var.branch

  required_pull_request_reviews {
    required_approving_review_count = var.approvals # expect: github-branch-protection-requires-approving-reviews
  }
}
