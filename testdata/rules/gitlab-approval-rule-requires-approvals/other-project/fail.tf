# A mandatory rule for one project does not cover another project's optional rule.
resource "gitlab_project_approval_rule" "billing_optional" {
  project            = "billing"
  name               = "Billing reviewers"
  approvals_required = 0 # expect: gitlab-approval-rule-requires-approvals
  group_ids          = [52]
}

resource "gitlab_project_approval_rule" "ledger_mandatory" {
  project            = "ledger"
  name               = "Ledger leads"
  approvals_required = 2
  user_ids           = [50, 500]
}
