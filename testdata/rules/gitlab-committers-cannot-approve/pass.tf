variable "committers_unknown" {
  type = bool
}

locals {
  approval_settings = {
    "501" = true
    "502" = true
  }
}

resource "gitlab_project_level_mr_approvals" "explicit" {
  for_each                                   = local.approval_settings
  project                                    = each.key
  merge_requests_author_approval             = false
  merge_requests_disable_committers_approval = each.value
}

# Known only when the variable gets a value: undecided.
resource "gitlab_project_level_mr_approvals" "unknown" {
  project                                    = "503"
  merge_requests_disable_committers_approval = var.committers_unknown
}
