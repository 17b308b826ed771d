variable "pass_enforce_admins" {
  type    = bool
  default = true
}

resource "github_branch_protection" "enforced" {
  repository_id  = "payments"
  pattern        = "release/*"
  enforce_admins = true
}

resource "github_branch_protection_v3" "from_variable" {
  for_each = toset(["ledger-pass", "billing-pass"])

  repository     = each.key
  branch         = "main"
  enforce_admins = var.pass_enforce_admins
}

# Known only after apply: undecided.
variable "enforce_unknown" {
  type = bool
}

resource "github_branch_protection" "unknown" {
  repository_id  = "payments"
  pattern        = "develop"
  enforce_admins = var.enforce_unknown
}
