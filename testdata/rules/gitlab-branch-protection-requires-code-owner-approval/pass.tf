variable "code_owners_unknown" {
  type = bool
}

resource "gitlab_branch_protection" "main_with_code_owners" {
  project                      = "701"
  branch                       = "main"
  push_access_level            = "no one"
  merge_access_level           = "maintainer"
  code_owner_approval_required = true
}

# Known only when the variable gets a value: undecided.
resource "gitlab_branch_protection" "unknown" {
  project                      = "702"
  branch                       = "main"
  push_access_level            = "no one"
  merge_access_level           = "maintainer"
  code_owner_approval_required = var.code_owners_unknown
}
