resource "gitlab_project" "payments" {
  name = "payments"
}

# The project's only rule asks for no approval (GitLab's default any_approver rule).
resource "gitlab_project_approval_rule" "any_approver" {
  project            = gitlab_project.payments.id
  name               = "Any approver"
  rule_type          = "any_approver"
  approvals_required = 0 # expect: gitlab-approval-rule-requires-approvals
}
