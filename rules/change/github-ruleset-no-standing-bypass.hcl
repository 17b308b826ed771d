rule "github-ruleset-no-standing-bypass" {
  id       = "CHG012"
  title    = "GitHub rulesets do not let people bypass change controls at will"
  family   = "change"
  severity = "medium"
  resources = ["github_repository_ruleset", "github_organization_ruleset"]
  criteria = {
    soc2 = ["CC8.1", "CC6.3"]
    sox  = ["ITGC-PC"]
  }

  # Judged only for rulesets that carry a change control (pull_request, required status
  # checks, non_fast_forward or deletion). A bypass actor that is a person or a group of
  # people (OrganizationAdmin, RepositoryRole, Team) with bypass_mode "always" or "exempt"
  # can push past those rules directly. bypass_mode "pull_request" is accepted: the bypass
  # happens on a pull request, where it is recorded. Integration and DeployKey actors are
  # automation (release bots, deploy pipelines) whose own changes are controlled elsewhere.
  assert = !anytrue([
    for r in coalesce(self.rules, []) :
    length(coalesce(r.pull_request, [])) > 0 ||
    length(coalesce(r.required_status_checks, [])) > 0 ||
    r.non_fast_forward == true ||
    r.deletion == true
    ]) || !anytrue([
    for a in coalesce(self.bypass_actors, []) :
    contains(["organizationadmin", "repositoryrole", "team"], lower(a.actor_type)) &&
    contains(["always", "exempt"], lower(coalesce(a.bypass_mode, "always")))
  ])
  location = "bypass_actors"

  message     = "people can bypass the ruleset's review and history controls at any time (an OrganizationAdmin, RepositoryRole or Team bypass actor with bypass_mode \"always\" or \"exempt\")"
  remediation = "Remove standing bypass for people and teams, or set their bypass_mode to \"pull_request\" so a bypass can only happen on a pull request, where it is visible and recorded. Keep \"always\" for automation (Integration) that needs it."
  why         = <<-EOT
    A ruleset whose rules administrators or whole teams can skip at any moment controls only
    the people who are not on the list. Direct pushes that bypass review leave no approval to
    test, and segregation of duties then rests on those people choosing not to use it.
  EOT
}
