rule "gitlab-project-requires-pipeline-success" {
  id       = "CHG019"
  title    = "GitLab projects merge only when the pipeline succeeds"
  family   = "change"
  severity = "medium"
  resources = ["gitlab_project"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC", "ITGC-PD"]
  }

  # only_allow_merge_if_pipeline_succeeds defaults to false. allow_merge_on_skipped_pipeline
  # = true lets a merge request through when every job was skipped, so it undoes the
  # requirement. Archived projects are read-only and pass. ITGC-PD as well as ITGC-PC: the
  # pipeline runs the tests the SDLC control says pass before release.
  assert = self.archived == true || (
    self.only_allow_merge_if_pipeline_succeeds == true &&
    self.allow_merge_on_skipped_pipeline != true
  )
  location = "only_allow_merge_if_pipeline_succeeds"

  message     = "merge requests can merge without a successful pipeline (only_allow_merge_if_pipeline_succeeds is false or unset, or allow_merge_on_skipped_pipeline = true)"
  remediation = "Set only_allow_merge_if_pipeline_succeeds = true and leave allow_merge_on_skipped_pipeline false, so the CI tests must pass before a change merges."
  why         = <<-EOT
    Auditors of program change and development look for evidence that each change was tested
    before release. Requiring a successful pipeline makes the CI result a condition of the
    merge, instead of something a reviewer may or may not check, and leaves a pipeline record
    for every merged change.
  EOT
}
