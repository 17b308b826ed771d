rule "gitlab-committers-cannot-approve" {
  id       = "CHG024"
  title    = "GitLab merge requests cannot be approved by people who added commits to them"
  family   = "change"
  severity = "medium"
  resources = ["gitlab_project_level_mr_approvals"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # merge_requests_disable_committers_approval is false unless set: anyone who pushed commits
  # to a merge request, other than its author (gitlab-merge-request-author-cannot-approve,
  # CHG017), may approve it, and so approve code they wrote themselves. An instance or group
  # compliance setting can enforce the same for every project; it is outside the project's
  # configuration, so a project that relies on it should still say so here.
  assert   = self.merge_requests_disable_committers_approval == true
  location = "merge_requests_disable_committers_approval"

  message     = "people who pushed commits to a merge request can approve it (merge_requests_disable_committers_approval is false or unset)"
  remediation = "Set merge_requests_disable_committers_approval = true, so every approval comes from someone who wrote none of the change."
  why         = <<-EOT
    A reviewer who adds a fix to a colleague's merge request and then approves it has approved
    their own code: the approval satisfies GitLab's rule while nobody independent reviewed
    those commits. Keeping the people who change code apart from those who approve it is the
    segregation of duties that program-change testing looks for.
  EOT

  fix {
    title = "Set merge_requests_disable_committers_approval = true"
    set {
      merge_requests_disable_committers_approval = true
    }
  }
}
