resource "aws_cloudwatch_log_group" "api_access" {
  name              = "/api/access"
  retention_in_days = 365
}

resource "aws_api_gateway_stage" "rest_logged" {
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format = jsonencode({
      requestId = "$context.requestId"
      ip        = "$context.identity.sourceIp"
      status    = "$context.status"
    })
  }
}

resource "aws_apigatewayv2_stage" "http_logged" {
  api_id      = "g7h8i9"
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = "arn:aws:firehose:eu-west-1:111122223333:deliverystream/amazon-apigateway-access"
    format          = "$context.requestId $context.status"
  }
}

variable "stage_logging" {
  type = object({ destination_arn = string, format = string })
  default = {
    destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/api/ws"
    format          = "$context.requestId"
  }
}

resource "aws_apigatewayv2_stage" "websocket_logged" {
  api_id = "j1k2l3"
  name   = "live"

  dynamic "access_log_settings" {
    for_each = [var.stage_logging]
    content {
      destination_arn = access_log_settings.value.destination_arn
      format          = access_log_settings.value.format
    }
  }
}
