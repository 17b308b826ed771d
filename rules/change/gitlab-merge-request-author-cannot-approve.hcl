rule "gitlab-merge-request-author-cannot-approve" {
  id       = "CHG017"
  title    = "GitLab merge request authors cannot approve their own merge requests"
  family   = "change"
  severity = "high"
  resources = ["gitlab_project_level_mr_approvals"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # Left unset, the project keeps GitLab's setting, which by default does not allow authors
  # to approve; only an explicit true is reported.
  assert   = self.merge_requests_author_approval != true
  location = "merge_requests_author_approval"

  message     = "merge request authors can approve their own changes (merge_requests_author_approval = true)"
  remediation = "Set merge_requests_author_approval = false, and consider merge_requests_disable_committers_approval = true so people who added commits cannot approve either."
  why         = <<-EOT
    An approval by the author of the change is not a review: it satisfies the approval rule
    in GitLab's records while nobody else has looked at the code. Segregation between who
    makes a change and who approves it is the core of the SOX program-change control and of
    SOC 2 CC8.1.
  EOT

  fix {
    title = "Set merge_requests_author_approval = false"
    set {
      merge_requests_author_approval = false
    }
  }
}
