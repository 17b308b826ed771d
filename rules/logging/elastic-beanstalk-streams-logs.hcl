rule "elastic-beanstalk-streams-logs" {
  id       = "LOG042"
  title    = "Elastic Beanstalk environments stream instance logs to CloudWatch Logs"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_elastic_beanstalk_environment"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # StreamLogs in namespace aws:elasticbeanstalk:cloudwatch:logs defaults to false: logs then
  # stay on the instances, and are lost when Auto Scaling replaces them. An environment built
  # from a saved configuration (template_name) passes, as its options are not read here. In
  # the "all" preset: many applications ship their logs by other means (an agent, a sidecar).
  assert = is_set(self.template_name) || anytrue([
    for s in coalesce(self.setting, []) :
    s.namespace == "aws:elasticbeanstalk:cloudwatch:logs" && s.name == "StreamLogs" &&
    lower(tostring(s.value)) == "true"
  ])
  location = "setting"

  message     = "the environment keeps its logs on the instances only (StreamLogs is not \"true\")"
  remediation = "Add setting { namespace = \"aws:elasticbeanstalk:cloudwatch:logs\", name = \"StreamLogs\", value = \"true\" } and set RetentionInDays in the same namespace to the retention your policy requires."
  why         = <<-EOT
    Instances in a Beanstalk environment are replaced when they fail or scale in, and their
    local logs go with them. Streaming the web server, application and platform logs to
    CloudWatch Logs keeps them for investigation, with a retention the organisation controls.
  EOT
}
