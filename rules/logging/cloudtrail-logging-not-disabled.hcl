rule "cloudtrail-logging-not-disabled" {
  id       = "LOG008"
  title    = "CloudTrail trails are not switched off"
  family   = "logging"
  severity = "high"
  resources = ["aws_cloudtrail"]
  criteria = {
    soc2 = ["CC2.1", "CC7.2", "CC8.1"]
    sox  = ["ITGC-CO", "ITGC-PC"]
  }

  # enable_logging defaults to true; only an explicit false (literal, variable default or
  # expression) stops the trail. The trail records configuration changes as well as access,
  # so it evidences change tracking (CC8.1, ITGC-PC) too.
  assert   = self.enable_logging != false
  location = "enable_logging"

  message     = "the trail exists but does not record events (enable_logging is false)"
  remediation = "Remove enable_logging = false (it defaults to true), or delete the trail if another trail records the account's activity."
  why         = <<-EOT
    A trail with logging stopped keeps its name, bucket and settings, so it looks like audit
    coverage in a review while recording nothing. Stopping a trail is also a classic step an
    intruder takes to hide their actions, so a configuration that keeps it stopped leaves
    the period without any record of API activity.
  EOT

  fix {
    title = "Set enable_logging = true"
    set {
      enable_logging = true
    }
  }
}
