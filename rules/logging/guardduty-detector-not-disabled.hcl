rule "guardduty-detector-not-disabled" {
  id       = "LOG036"
  title    = "GuardDuty detectors are not switched off"
  family   = "logging"
  severity = "medium"
  resources = ["aws_guardduty_detector"]
  criteria = {
    soc2 = ["CC7.2", "CC6.8"]
    sox  = ["ITGC-CO"]
  }

  # enable defaults to true. A detector written with enable = false exists but suspends
  # monitoring: GuardDuty stops analysing CloudTrail, VPC flow and DNS logs for the region.
  # account-has-guardduty asks for a detector in a root configuration; this rule catches a
  # module or configuration that creates one switched off. Mapping as account-has-guardduty.
  assert   = self.enable != false
  location = "enable"

  message     = "the GuardDuty detector is suspended (enable = false)"
  remediation = "Remove enable = false (or set enable = true) so GuardDuty analyses the region's activity."
  why         = <<-EOT
    A suspended detector produces no findings, so credential misuse, crypto-mining or
    instances talking to known malicious hosts go unnoticed, while the configuration still
    appears to include threat detection.
  EOT

  fix {
    title = "Set enable = true"
    set {
      enable = true
    }
  }
}
