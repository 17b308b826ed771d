rule "github-branch-protection-requires-approving-reviews" {
  id       = "CHG001"
  title    = "GitHub branch protection requires approving pull request reviews"
  family   = "change"
  severity = "high"
  resources = ["github_branch_protection", "github_branch_protection_v3"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  parameter "min_approving_review_count" {
    default     = 1
    description = "Fewest approving reviews a change needs before it can be merged."
  }

  # Without a required_pull_request_reviews block the branch takes commits with no review at
  # all. Inside the block, required_approving_review_count defaults to 1 in both resources
  # (the provider accepts 0 to 6); 0 still asks for a pull request but for nobody's approval.
  # One branch protection rule applies to a branch (the most specific pattern wins), so the
  # resource is judged on its own.
  assert = anytrue([
    for r in coalesce(self.required_pull_request_reviews, []) :
    coalesce(r.required_approving_review_count, 1) >= param.min_approving_review_count
  ])
  location = "required_pull_request_reviews.required_approving_review_count"

  message     = "changes can merge into the protected branch with fewer approving reviews than required (no required_pull_request_reviews block, or required_approving_review_count below the minimum)"
  remediation = "Add a required_pull_request_reviews block with required_approving_review_count at or above the organisation's minimum (1 by default; the parameter min_approving_review_count sets it)."
  why         = <<-EOT
    For SOX program-change controls and SOC 2 CC8.1, the auditor needs evidence that every
    change reaching production code was approved by someone other than its author before it
    was merged. A protected branch that does not require an approving review lets any
    contributor with write access merge, or push, unreviewed changes, so the approval step the
    control describes is not enforced by the system and has to be tested change by change.
  EOT
}
