variable "pass_approvals" {
  type    = number
  default = 2
}

resource "gitlab_project_approval_rule" "treasury" {
  project            = "treasury"
  name               = "Treasury leads"
  approvals_required = var.pass_approvals
  user_ids           = [70, 71]
}

variable "approvals_unknown" {
  type = number
}

resource "gitlab_project_approval_rule" "unknown" {
  project            = "treasury-api"
  name               = "Leads"
  approvals_required = var.approvals_unknown
}
