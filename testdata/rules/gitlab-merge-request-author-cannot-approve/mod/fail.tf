variable "name" {
  type = string
}

variable "author_approval" {
  type    = bool
  default = false
}

resource "gitlab_project" "this" {
  name = var.name
}

resource "gitlab_project_level_mr_approvals" "this" {
  project                                    = gitlab_project.this.id
  merge_requests_author_approval             = var.author_approval # expect: gitlab-merge-request-author-cannot-approve
  merge_requests_disable_committers_approval = true
}
