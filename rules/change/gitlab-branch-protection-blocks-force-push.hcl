rule "gitlab-branch-protection-blocks-force-push" {
  id       = "CHG016"
  title    = "GitLab protected branches block force pushes"
  family   = "change"
  severity = "medium"
  resources = ["gitlab_branch_protection"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # allow_force_push defaults to false.
  assert   = self.allow_force_push != true
  location = "allow_force_push"

  message     = "users with push access can force push to the protected branch (allow_force_push = true)"
  remediation = "Remove allow_force_push or set it to false."
  why         = <<-EOT
    A force push replaces the branch history: merged and approved commits can be swapped for
    others, and the trail from each merge request approval to the code on the branch no
    longer holds. Program change evidence depends on that history being append-only.
  EOT

  fix {
    title = "Set allow_force_push = false"
    set {
      allow_force_push = false
    }
  }
}
