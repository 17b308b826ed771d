rule "github-production-environment-admins-cannot-bypass" {
  id       = "CHG022"
  title    = "GitHub production environment protections apply to repository administrators"
  family   = "change"
  severity = "medium"
  resources = ["github_repository_environment"]
  criteria = {
    soc2 = ["CC8.1", "CC6.3"]
    sox  = ["ITGC-PC"]
  }

  parameter "production_environments" {
    default     = ["production", "prod"]
    description = "Names of the environments treated as production, compared case-insensitively."
  }

  # can_admins_bypass defaults to true: repository administrators may deploy to the
  # environment without waiting for its required reviewers, its wait timer or its branch
  # policy. Judged only for production environments that have such a protection (reviewers
  # naming users or teams, a wait_timer, or a deployment_branch_policy); an environment
  # without any is reported by github-production-environment-requires-reviewers (CHG013) and
  # github-production-environment-restricts-branches (CHG021), and has nothing to bypass.
  # CC6.3 too, as for enforce_admins (CHG004): it is the privileged role that is exempted.
  assert = !contains(
    [for e in param.production_environments : lower(e)],
    lower(try(coalesce(self.environment, self.name), ""))
    ) || !(
    anytrue([
      for r in coalesce(self.reviewers, []) :
      length(coalesce(r.users, [])) + length(coalesce(r.teams, [])) > 0
    ]) ||
    coalesce(self.wait_timer, 0) > 0 ||
    length(coalesce(self.deployment_branch_policy, [])) > 0
  ) || self.can_admins_bypass == false
  location = "can_admins_bypass"

  message     = "repository administrators can deploy to this production environment without its reviews or branch policy (can_admins_bypass is true or unset)"
  remediation = "Set can_admins_bypass = false. For emergencies, use a documented break-glass change that temporarily alters the environment, which leaves an audit trail."
  why         = <<-EOT
    While administrators may bypass the environment's protection rules, the people with the
    most access can release to production with no approval on record, from any branch. The
    approval step then holds for everyone except those an auditor is most concerned about.
  EOT
}
