rule "waf-web-acl-logging-enabled" {
  id       = "LOG020"
  title    = "WAF web ACLs log the requests they inspect"
  family   = "logging"
  severity = "medium"
  resources = ["aws_wafv2_web_acl", "aws_waf_web_acl", "aws_wafregional_web_acl"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # WAFv2 logging is a separate aws_wafv2_web_acl_logging_configuration whose resource_arn
  # refers to the web ACL (aws_wafv2_web_acl.x.arn). Classic WAF (aws_waf_web_acl,
  # aws_wafregional_web_acl) configures it inline in a logging_configuration block.
  assert = (
    is_set(self.logging_configuration) ||
    length(referrers("aws_wafv2_web_acl_logging_configuration", "resource_arn")) > 0
  )

  message     = "the web ACL logs none of the requests it inspects"
  remediation = "Add an aws_wafv2_web_acl_logging_configuration with resource_arn = this web ACL's ARN and log_destination_configs naming a CloudWatch Logs group, S3 bucket or Firehose stream whose name starts with aws-waf-logs-."
  why         = <<-EOT
    A web ACL decides which requests reach the application, and its metrics only count them.
    The logs record each inspected request with the rule that matched and the action taken,
    which is what shows whether an attack was blocked, which rules are letting traffic
    through, and what a blocked client was trying to do.
  EOT
}
