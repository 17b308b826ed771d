rule "account-has-multi-region-trail" {
  id        = "LOG030"
  title     = "An AWS account configuration has a multi-region CloudTrail trail that is logging"
  family    = "logging"
  severity  = "high"
  preset    = "account-baseline"
  resources = ["provider.aws"]
  criteria = {
    soc2 = ["CC7.2", "CC8.1", "CC2.1"]
    sox  = ["ITGC-CO", "ITGC-PC"]
  }

  # A configuration that sets up the AWS provider without an alias deploys into an account; the
  # account needs one trail that records every region, or API activity in other regions goes unseen.
  # An organisation trail counts. Aliased providers are the same account seen from another region.
  assert = self.alias != null || anytrue([
    for t in resources("aws_cloudtrail") :
    t.is_multi_region_trail == true && t.enable_logging != false
  ])

  message     = "the configuration deploys into an AWS account but defines no multi-region CloudTrail trail that is logging"
  remediation = "Add an aws_cloudtrail with is_multi_region_trail = true (or an organisation trail in the management account), or run this rule only on the configuration that manages the account baseline."
  why         = <<-EOT
    CloudTrail is the record of who did what in an account. Without a trail covering every
    region, an auditor cannot see the changes and access behind the system, and an attacker can
    work unseen in a region nobody watches.
  EOT
}
