rule "appsync-api-logging" {
  id       = "LOG029"
  title    = "AppSync GraphQL APIs log requests to CloudWatch Logs"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_appsync_graphql_api"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # AppSync logs nothing unless a log_config block gives a role to write with; its
  # field_log_level NONE still writes request-level logs (the request, its identity and its
  # outcome), so any log_config passes. In the "all" preset: field-level logs can be costly
  # and hold response data, and request logs are mainly operational.
  assert   = try(is_set(self.log_config[0].cloudwatch_logs_role_arn), false)
  location = "log_config"

  message     = "the API writes no logs (no log_config with a CloudWatch Logs role)"
  remediation = "Add log_config { cloudwatch_logs_role_arn = <role AppSync may assume>, field_log_level = \"ERROR\" } (exclude_verbose_content = true keeps headers and variables out)."
  why         = <<-EOT
    A GraphQL API is a single public endpoint through which clients read and change many
    kinds of data. Its logs record each request with the caller's identity, the operation
    and any resolver errors, which is needed to see who used the API and to investigate
    abuse or failures.
  EOT
}
