variable "tracing_input" {
  type = bool
}

resource "aws_api_gateway_stage" "traced" {
  rest_api_id          = "a1b2c3"
  deployment_id        = "d4e5f6"
  stage_name           = "prod"
  xray_tracing_enabled = true
}

resource "aws_api_gateway_stage" "unknown" {
  rest_api_id          = "a1b2c3"
  deployment_id        = "d4e5f6"
  stage_name           = "unknown"
  xray_tracing_enabled = var.tracing_input
}

# HTTP APIs have no X-Ray setting and are not judged.
resource "aws_apigatewayv2_stage" "http" {
  api_id = "g7h8i9"
  name   = "$default"
}
