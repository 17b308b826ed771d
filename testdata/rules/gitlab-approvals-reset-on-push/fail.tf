variable "reset_on_push" {
  type    = bool
  default = false
}

resource "gitlab_project" "payments" {
  name = "payments"
}

resource "gitlab_project_level_mr_approvals" "payments" {
  project                 = gitlab_project.payments.id
  reset_approvals_on_push = false # expect: gitlab-approvals-reset-on-push
}

resource "gitlab_project_level_mr_approvals" "per_project" {
  for_each                = toset(["201", "202"])
  project                 = each.value
  reset_approvals_on_push = var.reset_on_push # expect: gitlab-approvals-reset-on-push
}
