rule "github-production-environment-prevents-self-review" {
  id       = "CHG014"
  title    = "GitHub production environments do not let deployers approve their own deployments"
  family   = "change"
  severity = "medium"
  resources = ["github_repository_environment"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  parameter "production_environments" {
    default     = ["production", "prod"]
    description = "Names of the environments treated as production, compared case-insensitively."
  }

  # prevent_self_review defaults to false: a required reviewer who triggered the run may
  # approve it. Judged only for production environments that have reviewers (CHG013 reports
  # those without).
  assert = !contains(
    [for e in param.production_environments : lower(e)],
    lower(try(coalesce(self.environment, self.name), ""))
    ) || !anytrue([
    for r in coalesce(self.reviewers, []) :
    length(coalesce(r.users, [])) + length(coalesce(r.teams, [])) > 0
  ]) || self.prevent_self_review == true
  location = "prevent_self_review"

  message     = "a reviewer can approve a production deployment they started themselves (prevent_self_review is false or unset)"
  remediation = "Set prevent_self_review = true on the environment so another reviewer has to approve."
  why         = <<-EOT
    Reviewers are usually also the engineers who deploy. If they may approve their own runs,
    the approval record shows a reviewer but not an independent one, and segregation of
    duties between the person making a change and the person authorising its release is
    lost.
  EOT
}
