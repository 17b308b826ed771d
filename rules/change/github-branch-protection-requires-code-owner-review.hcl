rule "github-branch-protection-requires-code-owner-review" {
  id       = "CHG003"
  title    = "GitHub branch protection requires a review from code owners"
  family   = "change"
  severity = "low"
  preset   = "all"
  resources = ["github_branch_protection", "github_branch_protection_v3"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # require_code_owner_reviews defaults to false. It only has effect with a CODEOWNERS file,
  # which the configuration may not show, so this is policy-dependent (preset all). A
  # protection without a review block is left to CHG001.
  assert = alltrue([
    for r in coalesce(self.required_pull_request_reviews, []) :
    r.require_code_owner_reviews == true
  ])
  location = "required_pull_request_reviews.require_code_owner_reviews"

  message     = "changes to files with designated code owners can merge without a code owner's approval (require_code_owner_reviews is false or unset)"
  remediation = "Set require_code_owner_reviews = true in required_pull_request_reviews and keep a CODEOWNERS file naming the teams accountable for sensitive paths (financial logic, deployment pipelines, infrastructure)."
  why         = <<-EOT
    Any approval satisfies a plain review requirement, including one from a colleague who does
    not own the affected code. Requiring code owner review routes changes to financially
    significant code or to the pipeline itself to the people accountable for it, which is the
    kind of authorisation a program-change control usually describes.
  EOT
}
