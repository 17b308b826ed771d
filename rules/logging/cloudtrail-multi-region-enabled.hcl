rule "cloudtrail-multi-region-enabled" {
  id       = "LOG001"
  title    = "CloudTrail trails record events from every region"
  family   = "logging"
  severity = "medium"
  resources = ["aws_cloudtrail"]
  criteria = {
    soc2 = ["CC2.1", "CC7.2", "CC8.1"]
    sox  = ["ITGC-CO", "ITGC-PC"]
  }

  # A trail is the record of every API call, including the changes made to the
  # infrastructure, so it evidences change tracking (CC8.1, ITGC-PC) as well as monitoring.
  # AWS requires include_global_service_events on a multi-region trail, so a multi-region
  # trail also records IAM, STS and other global services.

  assert   = self.is_multi_region_trail == true
  location = "is_multi_region_trail"

  message     = "the trail records only the region it is created in"
  remediation = "Set is_multi_region_trail = true (and keep include_global_service_events at its default of true)."
  why         = <<-EOT
    A single-region trail misses API activity in every other region, which is exactly where
    an intruder would start resources they do not want noticed. A multi-region trail also
    picks up regions enabled later without any change to the configuration.
  EOT

  fix {
    title = "Set is_multi_region_trail = true"
    set {
      is_multi_region_trail = true
    }
  }
}
