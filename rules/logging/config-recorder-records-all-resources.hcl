rule "config-recorder-records-all-resources" {
  id       = "LOG044"
  title    = "AWS Config recorders record every supported resource type"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_config_configuration_recorder"]
  criteria = {
    soc2 = ["CC7.1", "CC8.1"]
    sox  = ["ITGC-PC", "ITGC-CO"]
  }

  # recording_group.all_supported defaults to true. A recorder is reported when it sets
  # all_supported = false (recording only the listed resource_types), or chooses a
  # recording_strategy other than ALL_SUPPORTED_RESOURCE_TYPES (an inclusion list, or
  # EXCLUSION_BY_RESOURCE_TYPES leaving types out). include_global_resource_types is not
  # asked for: AWS advises recording global resources (IAM) in one region only, so most
  # regional recorders rightly leave it off. In the "all" preset: narrowing what is
  # recorded is a cost decision some organisations take deliberately.
  assert = alltrue([
    for g in coalesce(self.recording_group, []) : (
      g.all_supported != false &&
      alltrue([
        for s in coalesce(g.recording_strategy, []) :
        s.use_only == null || s.use_only == "ALL_SUPPORTED_RESOURCE_TYPES"
      ])
    )
  ])
  location = "recording_group"

  message     = "the recorder records only some resource types (all_supported = false, or an inclusion or exclusion strategy)"
  remediation = "Remove the recording_group restriction (all_supported = true, or recording_strategy { use_only = \"ALL_SUPPORTED_RESOURCE_TYPES\" }); reduce cost with recording_mode (daily recording) rather than by leaving resource types out."
  why         = <<-EOT
    A recorder limited to chosen resource types has no history for the others: a new kind of
    resource, or one left off the list, can be created and changed with no configuration
    record and no Config rule evaluation.
  EOT
}
