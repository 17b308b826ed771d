variable "author_approval" {
  type    = bool
  default = true
}

resource "gitlab_project" "payments" {
  name = "payments"
}

resource "gitlab_project_level_mr_approvals" "explicit" {
  project                        = gitlab_project.payments.id
  reset_approvals_on_push        = true
  merge_requests_author_approval = true # expect: gitlab-merge-request-author-cannot-approve
}

module "ledger" {
  source          = "./mod"
  name            = "ledger"
  author_approval = var.author_approval
}
