rule "github-branch-protection-blocks-deletion" {
  id       = "CHG006"
  title    = "GitHub branch protection blocks deleting the branch"
  family   = "change"
  severity = "medium"
  resources = ["github_branch_protection"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # allows_deletions defaults to false. github_branch_protection_v3 has no such argument and
  # the REST API it uses blocks deletion of a protected branch, so only the GraphQL resource
  # is checked.
  assert   = self.allows_deletions != true
  location = "allows_deletions"

  message     = "users with push access can delete the protected branch (allows_deletions = true)"
  remediation = "Remove allows_deletions or set it to false."
  why         = <<-EOT
    Deleting a protected branch removes its protection along with it: the branch can then be
    recreated from any commit, skipping review, and the record of what was merged is gone from
    the repository. Blocking deletion keeps the controlled branch, and its history, in place.
  EOT

  fix {
    title = "Set allows_deletions = false"
    set {
      allows_deletions = false
    }
  }
}
