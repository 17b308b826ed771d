rule "account-has-access-analyzer" {
  id        = "IAM041"
  title     = "An AWS account configuration enables IAM Access Analyzer"
  family    = "identity"
  severity  = "low"
  preset    = "account-baseline"
  resources = ["provider.aws"]
  criteria = {
    soc2 = ["CC6.1", "CC6.3"]
    sox  = ["ITGC-AC"]
  }

  # An aws_accessanalyzer_analyzer (ACCOUNT or ORGANIZATION type) reports resources shared
  # outside the zone of trust.
  assert = self.alias != null || length(resources("aws_accessanalyzer_analyzer")) > 0

  message     = "the configuration deploys into an AWS account but enables no IAM Access Analyzer"
  remediation = "Add an aws_accessanalyzer_analyzer with type ACCOUNT (or ORGANIZATION in the management or delegated administrator account)."
  why         = <<-EOT
    Access Analyzer finds buckets, keys, roles and queues that other accounts or the public can
    reach, which is how unintended access is noticed between access reviews.
  EOT
}
