rule "github-repository-branch-protected" {
  id       = "CHG027"
  title    = "GitHub repositories have a branch protection rule or ruleset"
  family   = "change"
  severity = "medium"
  resources = ["github_repository"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # The branch protection rules (CHG001-CHG008) and ruleset rules (CHG009-CHG012) judge the
  # protections that exist; this one asks that a repository made here has one at all. A
  # repository passes when this configuration protects a branch of it: a
  # github_branch_protection (repository_id), github_branch_protection_v3 (repository) or
  # github_repository_ruleset (repository) that refers to it or names it literally (a name
  # known only after apply is left to the reference check, not taken as a match), or any
  # github_organization_ruleset, whose repository conditions cannot be matched before apply and
  # are taken as covering it. Archived repositories are read-only and pass. Which branch is
  # protected is not compared with default_branch. A protection whose existence is unknown
  # (count from a variable without a value) makes the rule undecided.
  # A repository whose protection is managed in another configuration is a finding here; the
  # fix is to manage it beside the repository, or to dismiss the finding with that reason.
  assert = (
    self.archived == true ||
    length(referrers("github_branch_protection", "repository_id")) > 0 ||
    length(referrers("github_branch_protection_v3", "repository")) > 0 ||
    length(referrers("github_repository_ruleset", "repository")) > 0 ||
    anytrue([for p in resources("github_branch_protection") : is_known(p.repository_id) ? p.repository_id == self.name : false]) ||
    anytrue([for p in resources("github_branch_protection_v3") : is_known(p.repository) ? p.repository == self.name : false]) ||
    anytrue([for r in resources("github_repository_ruleset") : is_known(r.repository) ? r.repository == self.name : false]) ||
    length(resources("github_organization_ruleset")) > 0
  )

  message     = "no branch protection rule or ruleset in this configuration protects any branch of the repository"
  remediation = "Add a github_branch_protection (or a github_repository_ruleset) for the repository's default and release branches, requiring pull request reviews and status checks, beside the github_repository."
  why         = <<-EOT
    Without branch protection, anyone with write access can push straight to the default
    branch, rewrite its history or delete it: changes reach the code that is released with no
    pull request, no review and no passing checks on record. Every other change control on the
    repository assumes that protection exists.
  EOT
}
