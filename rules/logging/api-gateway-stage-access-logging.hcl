rule "api-gateway-stage-access-logging" {
  id       = "LOG011"
  title    = "API Gateway stages write access logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_api_gateway_stage", "aws_apigatewayv2_stage"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # REST (aws_api_gateway_stage), HTTP and WebSocket (aws_apigatewayv2_stage) stages write no
  # access log unless access_log_settings names a destination (a CloudWatch Logs group or a
  # Firehose stream); a destination known only after apply counts as set.
  assert   = try(is_set(self.access_log_settings[0].destination_arn), false)
  location = "access_log_settings"

  message     = "the stage writes no access log (no access_log_settings with a destination_arn)"
  remediation = "Add access_log_settings with destination_arn set to a CloudWatch Logs group (or Firehose stream) and a format that records at least the request id, caller identity, source IP, route and status."
  why         = <<-EOT
    An API stage is a public entry point to the application. Its access log records every
    request with caller, source address, route, status and latency, which is how abuse,
    credential stuffing and unexpected callers are spotted and later traced. API Gateway keeps
    no such record unless a destination is configured.
  EOT
}
