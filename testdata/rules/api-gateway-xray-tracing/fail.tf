resource "aws_api_gateway_stage" "untraced" { # expect: api-gateway-xray-tracing
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = "prod"
}

variable "tracing" {
  type    = bool
  default = false
}

resource "aws_api_gateway_stage" "tracing_off" {
  count                = 2
  rest_api_id          = "a1b2c3"
  deployment_id        = "d4e5f6"
  stage_name           = "stage-${count.index}"
  xray_tracing_enabled = var.tracing # expect: api-gateway-xray-tracing
}
