rule "gitlab-branch-protection-requires-code-owner-approval" {
  id       = "CHG025"
  title    = "GitLab protected branches require approval from code owners"
  family   = "change"
  severity = "low"
  preset   = "all"
  resources = ["gitlab_branch_protection"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # code_owner_approval_required defaults to false (a GitLab Premium feature). It only has
  # effect with a CODEOWNERS file, which the configuration may not show, so it is
  # policy-dependent, as github-branch-protection-requires-code-owner-review (CHG003).
  assert   = self.code_owner_approval_required == true
  location = "code_owner_approval_required"

  message     = "changes to files with code owners can merge into the protected branch without a code owner's approval (code_owner_approval_required is false or unset)"
  remediation = "Set code_owner_approval_required = true and keep a CODEOWNERS file naming the groups accountable for sensitive paths (financial logic, pipelines, infrastructure)."
  why         = <<-EOT
    A project approval rule is satisfied by any eligible approver, including one who does not
    own the code that changed. Requiring code owner approval on the protected branch routes
    changes to financially significant code, or to the pipeline itself, to the people
    accountable for it, which is the authorisation a program-change control usually names.
  EOT

  fix {
    title = "Set code_owner_approval_required = true"
    set {
      code_owner_approval_required = true
    }
  }
}
