rule "elastic-beanstalk-enhanced-health" {
  id       = "LOG041"
  title    = "Elastic Beanstalk environments use enhanced health reporting"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_elastic_beanstalk_environment"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # Enhanced health is on when a setting in namespace aws:elasticbeanstalk:healthreporting:system
  # sets SystemType to "enhanced". Environments created through the API (which Terraform
  # uses) get basic health reporting unless asked; only the console and EB CLI turn enhanced
  # on by default. An environment built from a saved configuration (template_name) takes its
  # options from there, which this rule does not read, so it passes. In the "all" preset:
  # health monitoring for availability, not an audit record.
  assert = is_set(self.template_name) || anytrue([
    for s in coalesce(self.setting, []) :
    s.namespace == "aws:elasticbeanstalk:healthreporting:system" && s.name == "SystemType" &&
    lower(tostring(s.value)) == "enhanced"
  ])
  location = "setting"

  message     = "the environment reports basic health only (SystemType is not \"enhanced\")"
  remediation = "Add setting { namespace = \"aws:elasticbeanstalk:healthreporting:system\", name = \"SystemType\", value = \"enhanced\" } and give the environment a service role and instance profile with the enhanced health permissions."
  why         = <<-EOT
    Basic health only reflects load balancer health checks. Enhanced health reads each
    instance's application and operating-system metrics and logs, reports request failure
    rates and latency, and explains why an instance is degraded, so failures are noticed and
    diagnosed before users report them.
  EOT
}
