variable "reset_unknown" {
  type = bool
}

resource "gitlab_project_level_mr_approvals" "explicit_true" {
  project                 = "301"
  reset_approvals_on_push = true
}

# Unset keeps the default, true.
resource "gitlab_project_level_mr_approvals" "unset" {
  project                        = "302"
  merge_requests_author_approval = false
}

# Known only when the variable gets a value: undecided.
resource "gitlab_project_level_mr_approvals" "unknown" {
  project                 = "303"
  reset_approvals_on_push = var.reset_unknown
}
