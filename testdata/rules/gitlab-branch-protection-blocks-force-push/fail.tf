variable "branches" {
  type = map(object({ force = bool }))
  default = {
    main    = { force = false }
    develop = { force = true }
  }
}

resource "gitlab_branch_protection" "explicit" {
  project           = "payments"
  branch            = "main"
  push_access_level = "no one"
  allow_force_push  = true # expect: gitlab-branch-protection-blocks-force-push
}

resource "gitlab_branch_protection" "per_branch" {
  for_each = var.branches

  project           = "ledger"
  branch            = each.key
  push_access_level = "no one"
  allow_force_push  = each.value.force # expect: gitlab-branch-protection-blocks-force-push
}
