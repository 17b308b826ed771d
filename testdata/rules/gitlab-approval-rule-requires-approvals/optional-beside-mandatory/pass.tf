# An optional rule (0 approvals) beside a mandatory one for the same project.
resource "gitlab_project_approval_rule" "mandatory" {
  project            = "treasury"
  name               = "Treasury leads"
  approvals_required = 1
  group_ids          = [60]
}

resource "gitlab_project_approval_rule" "security_optional" {
  project            = "treasury"
  name               = "Security (optional)"
  approvals_required = 0
  group_ids          = [61]
}
