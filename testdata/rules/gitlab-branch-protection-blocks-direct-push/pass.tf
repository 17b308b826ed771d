resource "gitlab_project" "treasury" {
  name = "treasury"
}

resource "gitlab_deploy_key" "release" {
  project = gitlab_project.treasury.id
  title   = "release"
  key     = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample release@example.com"
}

resource "gitlab_branch_protection" "merge_only" {
  project                      = gitlab_project.treasury.id
  branch                       = "main"
  push_access_level            = "no one"
  merge_access_level           = "maintainer"
  code_owner_approval_required = true
}

# Automation pushes with a deploy key; people go through merge requests.
resource "gitlab_branch_protection" "deploy_key_only" {
  for_each = toset(["release/*", "hotfix/*"])

  project            = gitlab_project.treasury.id
  branch             = each.value
  push_access_level  = "No One"
  merge_access_level = "developer"

  allowed_to_push {
    deploy_key_id = gitlab_deploy_key.release.id
  }
}

variable "push_unknown" {
  type = string
}

resource "gitlab_branch_protection" "unknown" {
  project           = gitlab_project.treasury.id
  branch            = "develop"
  push_access_level = var.push_unknown
}
