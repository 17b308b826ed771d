resource "gitlab_branch_protection" "default" {
  project           = "treasury"
  branch            = "main"
  push_access_level = "no one"
}

resource "gitlab_branch_protection" "explicit_false" {
  count = 2

  project          = "treasury-${count.index}"
  branch           = "main"
  allow_force_push = false
}
