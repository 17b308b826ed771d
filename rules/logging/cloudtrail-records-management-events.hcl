rule "cloudtrail-records-management-events" {
  id       = "LOG009"
  title    = "A trail records management write events"
  family   = "logging"
  severity = "medium"
  resources = ["aws_cloudtrail"]
  criteria = {
    soc2 = ["CC2.1", "CC7.2", "CC8.1"]
    sox  = ["ITGC-CO", "ITGC-PC"]
  }

  # A trail records management events (the API calls that create, change and delete
  # resources and permissions) unless its selectors leave them out:
  # - no selectors: all management events are recorded;
  # - event_selector blocks: include_management_events defaults to true; read_write_type
  #   "ReadOnly" drops every change;
  # - advanced_event_selector blocks: only a selector with eventCategory = Management
  #   records them, and one limited to readOnly = true drops the changes.
  # A trail dedicated to data events is a common, sensible companion of the main trail, so
  # the rule passes every trail when any trail in the configuration records management
  # write events, and fails a trail only when none does.
  assert = anytrue([
    for t in resources("aws_cloudtrail") : (
      t.enable_logging != false &&
      (
        (t.event_selector == null && t.advanced_event_selector == null) ||
        anytrue([
          for s in coalesce(t.event_selector, []) :
          s.include_management_events != false && s.read_write_type != "ReadOnly"
        ]) ||
        anytrue([
          for s in coalesce(t.advanced_event_selector, []) : (
            anytrue([
              for f in coalesce(s.field_selector, []) :
              f.field == "eventCategory" && contains(coalesce(f.equals, []), "Management")
            ]) &&
            !anytrue([
              for f in coalesce(s.field_selector, []) :
              f.field == "readOnly" && contains(coalesce(f.equals, []), "true")
            ])
          )
        ])
      )
    )
  ])

  message     = "no trail in this configuration records management write events; this one leaves them out"
  remediation = "Keep management events in the trail (include_management_events = true with read_write_type \"All\" or \"WriteOnly\", or an advanced_event_selector with eventCategory = Management), or make sure a separate trail records them."
  why         = <<-EOT
    Management events are the record of who created, changed or deleted resources, roles and
    policies: the evidence that changes were made by the people and pipelines authorised to
    make them, and the first thing read after a suspected compromise. A trail tuned to data
    events only, or to read-only calls, leaves all of that out.
  EOT
}
