rule "account-has-guardduty" {
  id        = "LOG031"
  title     = "An AWS account configuration enables GuardDuty"
  family    = "logging"
  severity  = "medium"
  preset    = "account-baseline"
  resources = ["provider.aws"]
  criteria = {
    soc2 = ["CC7.2", "CC6.8"]
    sox  = ["ITGC-CO"]
  }

  # GuardDuty is enabled per account and region by an aws_guardduty_detector whose `enable` is
  # not false (a delegated administrator's organisation configuration enables it for members).
  assert = self.alias != null || anytrue([
    for d in resources("aws_guardduty_detector") : d.enable != false
  ])

  message     = "the configuration deploys into an AWS account but enables no GuardDuty detector"
  remediation = "Add an aws_guardduty_detector (enable = true) in each region used, or enable GuardDuty for the whole organisation from its delegated administrator account."
  why         = <<-EOT
    GuardDuty watches CloudTrail, VPC flow logs and DNS queries for signs of compromise, such as
    stolen credentials in use or instances talking to known bad hosts. It is the managed threat
    detection auditors expect to see behind CC7.2.
  EOT
}
