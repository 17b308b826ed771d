variable "code_owners" {
  type    = bool
  default = false
}

resource "gitlab_branch_protection" "main" { # expect: gitlab-branch-protection-requires-code-owner-approval
  project            = "601"
  branch             = "main"
  push_access_level  = "no one"
  merge_access_level = "maintainer"
}

resource "gitlab_branch_protection" "release" {
  for_each                     = toset(["release/1.x", "release/2.x"])
  project                      = "601"
  branch                       = each.key
  push_access_level            = "no one"
  merge_access_level           = "maintainer"
  code_owner_approval_required = var.code_owners # expect: gitlab-branch-protection-requires-code-owner-approval
}
