variable "push_level" {
  type    = string
  default = "developer"
}

resource "gitlab_project" "payments" {
  name = "payments"
}

# Nothing set: maintainers may push.
resource "gitlab_branch_protection" "defaults" { # expect: gitlab-branch-protection-blocks-direct-push
  project = gitlab_project.payments.id
  branch  = "main"
}

resource "gitlab_branch_protection" "from_variable" {
  for_each = toset(["main", "release/*"])

  project            = "ledger"
  branch             = each.value
  push_access_level  = var.push_level # expect: gitlab-branch-protection-blocks-direct-push
  merge_access_level = "maintainer"
}

# "No one" by role, but named users may still push.
resource "gitlab_branch_protection" "named_pushers" {
  project            = "billing"
  branch             = "main"
  push_access_level  = "no one" # expect: gitlab-branch-protection-blocks-direct-push
  merge_access_level = "maintainer"

  dynamic "allowed_to_push" {
    for_each = [50, 55]
    content {
      user_id = allowed_to_push.value
    }
  }
}
