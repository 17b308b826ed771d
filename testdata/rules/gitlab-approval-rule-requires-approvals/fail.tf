variable "approvals" {
  type    = number
  default = 0
}

# Rules below the minimum, one per team.
resource "gitlab_project_approval_rule" "ledger_reviewers" {
  for_each = toset(["backend", "frontend"])

  project            = "ledger-${each.key}"
  name               = "Reviewers"
  approvals_required = var.approvals # expect: gitlab-approval-rule-requires-approvals
  group_ids          = [51]
}
