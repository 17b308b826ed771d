variable "pipeline_gate" {
  type    = bool
  default = false
}

resource "gitlab_project" "defaults" { # expect: gitlab-project-requires-pipeline-success
  name = "payments"
}

resource "gitlab_project" "from_variable" {
  for_each = toset(["ledger", "billing"])

  name                                  = each.value
  only_allow_merge_if_pipeline_succeeds = var.pipeline_gate # expect: gitlab-project-requires-pipeline-success
}

# Required, but a pipeline whose jobs were all skipped counts as success.
resource "gitlab_project" "skipped_counts" {
  name                                  = "invoicing"
  only_allow_merge_if_pipeline_succeeds = true # expect: gitlab-project-requires-pipeline-success
  allow_merge_on_skipped_pipeline       = true
}
