rule "github-production-environment-requires-reviewers" {
  id       = "CHG013"
  title    = "GitHub production environments require a reviewer to approve deployments"
  family   = "change"
  severity = "high"
  resources = ["github_repository_environment"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  parameter "production_environments" {
    default     = ["production", "prod"]
    description = "Names of the environments treated as production, compared case-insensitively."
  }

  # Only environments whose name is in production_environments are judged. A reviewers block
  # naming at least one user or team makes every deployment job wait for one of them to
  # approve; without it (the default) jobs deploy as soon as they run.
  assert = !contains(
    [for e in param.production_environments : lower(e)],
    lower(try(coalesce(self.environment, self.name), ""))
    ) || anytrue([
    for r in coalesce(self.reviewers, []) :
    length(coalesce(r.users, [])) + length(coalesce(r.teams, [])) > 0
  ])
  location = "reviewers"

  message     = "deployments to this production environment need nobody's approval (no reviewers with users or teams)"
  remediation = "Add a reviewers block naming the users or teams (up to six) who approve production deployments, and set prevent_self_review = true."
  why         = <<-EOT
    A workflow that deploys to production is itself a change to the production system. A
    required reviewer on the environment puts an explicit, recorded approval between the
    merged code and its release, which is the authorisation step SOX program-change and SOC 2
    CC8.1 testing looks for; without it, anyone who can start the workflow can release.
  EOT
}
