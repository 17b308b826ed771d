rule "cloudtrail-log-file-validation-enabled" {
  id       = "LOG002"
  title    = "CloudTrail log file integrity validation is enabled"
  family   = "logging"
  severity = "medium"
  resources = ["aws_cloudtrail"]
  criteria = {
    soc2 = ["CC7.3"]
    sox  = ["ITGC-CO", "ITGC-PC"]
  }

  # Unset means off (the provider default is false). Integrity of the audit trail is what
  # CC7.3 evaluation and an ITGC change-evidence test rely on.

  assert   = self.enable_log_file_validation == true
  location = "enable_log_file_validation"

  message     = "the trail does not produce digest files to validate its logs"
  remediation = "Set enable_log_file_validation = true."
  why         = <<-EOT
    With validation on, CloudTrail writes signed hourly digests of the log files it delivered.
    They let an investigator prove that no log was changed or deleted after delivery, which
    is what makes the trail usable as evidence when a security event is evaluated.
  EOT

  fix {
    title = "Set enable_log_file_validation = true"
    set {
      enable_log_file_validation = true
    }
  }
}
