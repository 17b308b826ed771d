variable "disable_committers_approval" {
  type    = bool
  default = false
}

resource "gitlab_project" "ledger" {
  name = "ledger"
}

resource "gitlab_project_level_mr_approvals" "unset" { # expect: gitlab-committers-cannot-approve
  project                        = gitlab_project.ledger.id
  merge_requests_author_approval = false
}

resource "gitlab_project_level_mr_approvals" "from_variable" {
  for_each                                   = toset(["401", "402"])
  project                                    = each.value
  merge_requests_disable_committers_approval = var.disable_committers_approval # expect: gitlab-committers-cannot-approve
}
