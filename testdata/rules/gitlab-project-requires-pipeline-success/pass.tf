locals {
  project_defaults = {
    only_allow_merge_if_pipeline_succeeds = true
  }
}

resource "gitlab_project" "gated" {
  name                                             = "treasury"
  only_allow_merge_if_pipeline_succeeds            = true
  only_allow_merge_if_all_discussions_are_resolved = true
}

resource "gitlab_project" "from_local" {
  count = 2

  name                                  = "treasury-${count.index}"
  only_allow_merge_if_pipeline_succeeds = local.project_defaults.only_allow_merge_if_pipeline_succeeds
  allow_merge_on_skipped_pipeline       = false
}

# Archived projects are read-only.
resource "gitlab_project" "archived" {
  name     = "old-treasury"
  archived = true
}
