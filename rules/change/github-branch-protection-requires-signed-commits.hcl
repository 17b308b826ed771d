rule "github-branch-protection-requires-signed-commits" {
  id       = "CHG008"
  title    = "GitHub branch protection requires signed commits"
  family   = "change"
  severity = "low"
  preset   = "all"
  resources = ["github_branch_protection", "github_branch_protection_v3"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # require_signed_commits defaults to false. Policy-dependent (developers need signing keys
  # and some merge methods sign on the server), hence preset all.
  assert   = self.require_signed_commits == true
  location = "require_signed_commits"

  message     = "unsigned commits are accepted on the protected branch (require_signed_commits is false or unset)"
  remediation = "Set require_signed_commits = true and have developers sign commits with GPG, SSH or S/MIME keys registered to their accounts."
  why         = <<-EOT
    Commit author names and e-mail addresses are whatever the committer's Git client says.
    Verified signatures tie each commit to an account, which makes the change record
    attributable: the reviewer and the auditor can rely on who wrote what.
  EOT

  fix {
    title = "Set require_signed_commits = true"
    set {
      require_signed_commits = true
    }
  }
}
