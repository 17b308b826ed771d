resource "aws_api_gateway_stage" "rest_unlogged" { # expect: api-gateway-stage-access-logging
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = "prod"
}

resource "aws_apigatewayv2_stage" "http_unlogged" { # expect: api-gateway-stage-access-logging
  api_id      = "g7h8i9"
  name        = "$default"
  auto_deploy = true
}

variable "access_log_destination" {
  type    = string
  default = null
}

# The block is written, but the destination is left empty.
resource "aws_apigatewayv2_stage" "websocket_no_destination" {
  api_id = "j1k2l3"
  name   = "live"

  access_log_settings { # expect: api-gateway-stage-access-logging
    destination_arn = var.access_log_destination
    format          = jsonencode({ requestId = "$context.requestId" })
  }
}

variable "stages" {
  type    = map(object({ log_group_arn = optional(string) }))
  default = { blue = {}, green = {} }
}

resource "aws_api_gateway_stage" "per_colour" {
  for_each      = var.stages
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = each.key

  dynamic "access_log_settings" { # expect: api-gateway-stage-access-logging
    for_each = each.value.log_group_arn != null ? [each.value.log_group_arn] : []
    content {
      destination_arn = access_log_settings.value
      format          = "$context.requestId"
    }
  }
}
