resource "gitlab_project" "treasury" {
  name = "treasury"
}

resource "gitlab_project_level_mr_approvals" "unset" {
  project                 = gitlab_project.treasury.id
  reset_approvals_on_push = true
}

resource "gitlab_project_level_mr_approvals" "explicit_false" {
  for_each = toset(["101", "102"])

  project                                    = each.value
  merge_requests_author_approval             = false
  merge_requests_disable_committers_approval = true
}
