rule "gitlab-branch-protection-blocks-direct-push" {
  id       = "CHG015"
  title    = "GitLab protected branches take changes only through merge requests"
  family   = "change"
  severity = "high"
  resources = ["gitlab_branch_protection"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # push_access_level defaults to "maintainer": maintainers may push straight to the branch,
  # skipping the merge request and its approvals. GitLab has no "require a merge request"
  # switch; "no one" allowed to push is how a branch is made merge-request-only. Users or
  # groups named in allowed_to_push (GitLab Premium) can push directly too; deploy keys are
  # automation and accepted.
  assert = (
    lower(coalesce(self.push_access_level, "maintainer")) == "no one" &&
    !anytrue([
      for a in coalesce(self.allowed_to_push, []) :
      try(a.user_id, null) != null || try(a.group_id, null) != null
    ])
  )
  location = "push_access_level"

  message     = "people can push directly to the protected branch, bypassing merge request approval (push_access_level is not \"no one\", it defaults to \"maintainer\", or allowed_to_push names users or groups)"
  remediation = "Set push_access_level = \"no one\" and remove user and group entries from allowed_to_push, so every change reaches the branch through an approved merge request; keep merge_access_level for the people who merge."
  why         = <<-EOT
    In GitLab, merge request approval rules govern merge requests only: a direct push to a
    protected branch never meets them. While maintainers (the default) or named users may
    push, changes can reach the release branch with no review and no approval record, which
    is exactly what SOX program-change and SOC 2 CC8.1 testing samples for.
  EOT
}
