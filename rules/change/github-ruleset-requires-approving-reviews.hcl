rule "github-ruleset-requires-approving-reviews" {
  id       = "CHG009"
  title    = "GitHub rulesets that require pull requests also require approving reviews"
  family   = "change"
  severity = "high"
  resources = ["github_repository_ruleset", "github_organization_ruleset"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  parameter "min_approving_review_count" {
    default     = 1
    description = "Fewest approving reviews a change needs before it can be merged."
  }

  # In a ruleset's pull_request rule, required_approving_review_count defaults to 0: the
  # pull request is required but nobody has to approve it. Rulesets layer (every active
  # ruleset matching a branch applies, together with branch protection), so a ruleset
  # without a pull_request rule is not a finding on its own: another may carry it. Only
  # branch rulesets are judged; tag and push rulesets have no pull requests.
  assert = try(lower(self.target), "branch") != "branch" || alltrue([
    for r in coalesce(self.rules, []) : alltrue([
      for p in coalesce(r.pull_request, []) :
      coalesce(p.required_approving_review_count, 0) >= param.min_approving_review_count
    ])
  ])
  location = "rules.pull_request.required_approving_review_count"

  message     = "the ruleset's pull request rule lets changes merge with fewer approving reviews than required (required_approving_review_count is unset, which means 0, or below the minimum)"
  remediation = "Set required_approving_review_count in rules.pull_request to at least the organisation's minimum (1 by default; the parameter min_approving_review_count sets it)."
  why         = <<-EOT
    A pull request rule with no required approvals only routes changes through a pull
    request; it does not make anyone other than the author look at them. For SOX program
    change and SOC 2 CC8.1 the control that matters is independent approval before merge,
    and GitHub rulesets do not require one unless the count is set.
  EOT
}
