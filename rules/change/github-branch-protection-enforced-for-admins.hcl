rule "github-branch-protection-enforced-for-admins" {
  id       = "CHG004"
  title    = "GitHub branch protection applies to repository administrators"
  family   = "change"
  severity = "medium"
  resources = ["github_branch_protection", "github_branch_protection_v3"]
  criteria = {
    soc2 = ["CC8.1", "CC6.3"]
    sox  = ["ITGC-PC"]
  }

  # enforce_admins defaults to false in both resources: administrators may then push directly
  # or merge without the required reviews and checks. CC6.3 too, as it is the privileged role
  # that is exempted.
  assert   = self.enforce_admins == true
  location = "enforce_admins"

  message     = "repository administrators can bypass the branch protection (enforce_admins is false or unset)"
  remediation = "Set enforce_admins = true. If an emergency path is needed, use a documented break-glass procedure that temporarily changes the protection, which leaves an audit trail."
  why         = <<-EOT
    When administrators are exempt, the people with the most access can push or merge changes
    without review or passing checks, and nothing in the repository shows that it happened.
    Auditors treat an unenforced rule for privileged users as a gap in both the change
    control and the segregation of duties it relies on.
  EOT

  fix {
    title = "Set enforce_admins = true"
    set {
      enforce_admins = true
    }
  }
}
