rule "github-production-environment-restricts-branches" {
  id       = "CHG021"
  title    = "GitHub production environments accept deployments only from protected or selected branches"
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

  # Only environments whose name is in production_environments are judged. Without a
  # deployment_branch_policy block (the default) a workflow run from any branch may deploy.
  # The block restricts deployments to branches with protection rules
  # (protected_branches = true) or to the name patterns of
  # github_repository_environment_deployment_policy resources (custom_branch_policies = true).
  # A custom policy whose branch_pattern is "*" or "**" admits every branch and is a finding
  # too (a policy naming the environment by a literal name counts only for the same
  # repository); custom policies defined outside this configuration cannot be seen and are
  # trusted.
  assert = !contains(
    [for e in param.production_environments : lower(e)],
    lower(try(coalesce(self.environment, self.name), ""))
    ) || anytrue([
    for p in coalesce(self.deployment_branch_policy, []) :
    p.protected_branches == true || (
      p.custom_branch_policies == true &&
      !anytrue([
        for d in referrers("github_repository_environment_deployment_policy", "environment") :
        d.repository == self.repository && contains(["*", "**"], try(coalesce(d.branch_pattern, ""), ""))
      ])
    )
  ])
  location = "deployment_branch_policy"

  message     = "workflows on any branch can deploy to this production environment (no deployment_branch_policy, or one that admits every branch)"
  remediation = "Add deployment_branch_policy { protected_branches = true, custom_branch_policies = false }, or custom_branch_policies = true with github_repository_environment_deployment_policy patterns naming the release branches only."
  why         = <<-EOT
    Without a branch policy, anyone who can push a branch can run a workflow from it that
    deploys to production, with code that was never reviewed or merged. Restricting the
    environment to protected branches ties every production deployment to code that went
    through the branch protection's reviews and checks.
  EOT
}
