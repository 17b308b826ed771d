rule "github-ruleset-dismisses-stale-reviews" {
  id       = "CHG010"
  title    = "GitHub rulesets dismiss approvals when new commits are pushed"
  family   = "change"
  severity = "medium"
  resources = ["github_repository_ruleset", "github_organization_ruleset"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # dismiss_stale_reviews_on_push and require_last_push_approval both default to false; either
  # one keeps an approval from covering commits pushed after it. Only pull_request rules are
  # judged, and only in branch rulesets.
  assert = try(lower(self.target), "branch") != "branch" || alltrue([
    for r in coalesce(self.rules, []) : alltrue([
      for p in coalesce(r.pull_request, []) :
      p.dismiss_stale_reviews_on_push == true || p.require_last_push_approval == true
    ])
  ])
  location = "rules.pull_request.dismiss_stale_reviews_on_push"

  message     = "an approval stays valid after new commits are pushed to the pull request (dismiss_stale_reviews_on_push is false or unset)"
  remediation = "Set dismiss_stale_reviews_on_push = true (or require_last_push_approval = true) in rules.pull_request."
  why         = <<-EOT
    If approvals survive later pushes, an author can collect an approval and then add commits
    nobody reviewed before merging. The approval on record then no longer describes the change
    that shipped, which breaks the evidence a program-change control relies on.
  EOT
}
