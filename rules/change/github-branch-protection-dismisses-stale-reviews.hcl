rule "github-branch-protection-dismisses-stale-reviews" {
  id       = "CHG002"
  title    = "GitHub branch protection dismisses approvals when new commits are pushed"
  family   = "change"
  severity = "medium"
  resources = ["github_branch_protection", "github_branch_protection_v3"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # dismiss_stale_reviews defaults to false in both resources. require_last_push_approval
  # (the most recent push must be approved by someone other than its pusher) closes the same
  # gap, so either one passes. A protection without a review block is left to CHG001: there is
  # no approval to go stale.
  assert = alltrue([
    for r in coalesce(self.required_pull_request_reviews, []) :
    r.dismiss_stale_reviews == true || try(r.require_last_push_approval, null) == true
  ])
  location = "required_pull_request_reviews.dismiss_stale_reviews"

  message     = "an approval stays valid after new commits are pushed to the pull request (dismiss_stale_reviews is false or unset)"
  remediation = "Set dismiss_stale_reviews = true in required_pull_request_reviews (or require_last_push_approval = true), so commits added after an approval need a fresh review."
  why         = <<-EOT
    An approval is evidence that a reviewer saw the change that was merged. If approvals
    survive later pushes, an author can obtain an approval and then add unreviewed commits
    before merging, and the recorded approval no longer covers the code that shipped. Program
    change testing under SOX and SOC 2 CC8.1 relies on the approval matching the final change.
  EOT
}
