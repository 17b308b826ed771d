rule "github-branch-protection-blocks-force-pushes" {
  id       = "CHG005"
  title    = "GitHub branch protection blocks force pushes"
  family   = "change"
  severity = "medium"
  resources = ["github_branch_protection"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # allows_force_pushes defaults to false. github_branch_protection_v3 has no such argument
  # and the REST API it uses leaves force pushes blocked, so only the GraphQL resource is
  # checked. force_push_bypassers, a named list of exceptions, is not judged here.
  assert   = self.allows_force_pushes != true
  location = "allows_force_pushes"

  message     = "anyone with push access can force push to the protected branch (allows_force_pushes = true)"
  remediation = "Remove allows_force_pushes or set it to false; if a few automation accounts truly need to rewrite history, name them in force_push_bypassers instead."
  why         = <<-EOT
    A force push rewrites the branch history: reviewed and approved commits can be replaced by
    different ones, and the link between the pull request approval and the code on the branch
    is lost. Program change evidence depends on that history being append-only.
  EOT

  fix {
    title = "Set allows_force_pushes = false"
    set {
      allows_force_pushes = false
    }
  }
}
