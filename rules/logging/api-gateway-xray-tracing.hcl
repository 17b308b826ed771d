rule "api-gateway-xray-tracing" {
  id       = "LOG013"
  title    = "API Gateway REST stages send traces to AWS X-Ray"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_api_gateway_stage"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # xray_tracing_enabled defaults to false. Only REST API stages support active tracing;
  # HTTP and WebSocket stages (aws_apigatewayv2_stage) have no such setting. In the "all"
  # preset: tracing is an operational aid to follow a request across services, not an audit
  # record on its own.
  assert   = self.xray_tracing_enabled == true
  location = "xray_tracing_enabled"

  message     = "the stage does not send traces to AWS X-Ray (xray_tracing_enabled is false or unset)"
  remediation = "Set xray_tracing_enabled = true on the stage, and sample enough requests to follow failures and unusual latency through the backends."
  why         = <<-EOT
    Traces follow one request from API Gateway through Lambda functions, queues and
    databases, with timings and errors at each hop. They make it possible to tell where a
    failing or abnormal request went, which complements the stage's access log.
  EOT

  fix {
    title = "Set xray_tracing_enabled = true"
    set {
      xray_tracing_enabled = true
    }
  }
}
