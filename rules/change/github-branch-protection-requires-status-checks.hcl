rule "github-branch-protection-requires-status-checks" {
  id       = "CHG007"
  title    = "GitHub branch protection requires status checks to pass before merging"
  family   = "change"
  severity = "medium"
  resources = ["github_branch_protection", "github_branch_protection_v3"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC", "ITGC-PD"]
  }

  # A required_status_checks block names the checks in contexts (deprecated but still read)
  # or, in github_branch_protection_v3, checks ("context:app_id"). A block that names no check
  # requires nothing. ITGC-PD as well as ITGC-PC: the checks are the automated tests the SDLC
  # control says run before release.
  assert = anytrue([
    for c in coalesce(self.required_status_checks, []) :
    length(concat(
      coalesce(try(c.contexts, null), []),
      coalesce(try(c.checks, null), [])
    )) > 0
  ])
  location = "required_status_checks"

  message     = "changes can merge without any status check passing (no required_status_checks block, or it names no contexts or checks)"
  remediation = "Add a required_status_checks block listing the CI checks (build, tests, security scans) that must pass, in contexts or checks, and set strict = true to test against the latest base branch."
  why         = <<-EOT
    Auditors of program change and development controls look for evidence that changes were
    tested before they reached production. Required status checks make the CI result a
    condition of merging, so a failing or skipped test run blocks the change instead of
    relying on reviewers to notice it.
  EOT
}
