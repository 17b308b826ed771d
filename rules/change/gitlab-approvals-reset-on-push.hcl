rule "gitlab-approvals-reset-on-push" {
  id       = "CHG023"
  title    = "GitLab merge request approvals are reset when new commits are pushed"
  family   = "change"
  severity = "medium"
  resources = ["gitlab_project_level_mr_approvals"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # reset_approvals_on_push defaults to true in the provider and in GitLab; only an explicit
  # false (or a value that resolves to false) is reported. The GitLab counterpart of
  # github-branch-protection-dismisses-stale-reviews (CHG002). Preventing committers from
  # approving (gitlab-committers-cannot-approve, CHG024) does not close this gap: an author's
  # push after someone else's approval leaves that approval standing.
  assert   = self.reset_approvals_on_push != false
  location = "reset_approvals_on_push"

  message     = "approvals stay valid after new commits are pushed to the merge request (reset_approvals_on_push = false)"
  remediation = "Remove reset_approvals_on_push or set it to true, so commits added after an approval need a fresh one."
  why         = <<-EOT
    An approval is evidence that a reviewer saw the change that was merged. When approvals
    survive later pushes, an author can collect the required approvals and then add commits
    nobody reviewed, and the approval on record no longer covers the code that shipped.
  EOT

  fix {
    title = "Set reset_approvals_on_push = true"
    set {
      reset_approvals_on_push = true
    }
  }
}
