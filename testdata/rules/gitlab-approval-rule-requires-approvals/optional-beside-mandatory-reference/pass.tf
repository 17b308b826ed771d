# The same with the project id known only after apply: whether the two rules share a
# project cannot be told before apply, so the optional rule is undecided, not a finding.
resource "gitlab_project" "treasury" {
  name = "treasury"
}

resource "gitlab_project_approval_rule" "mandatory" {
  project            = gitlab_project.treasury.id
  name               = "Treasury leads"
  approvals_required = 1
  group_ids          = [60]
}

resource "gitlab_project_approval_rule" "security_optional" {
  project            = gitlab_project.treasury.id
  name               = "Security (optional)"
  approvals_required = 0
  group_ids          = [61]
}
