resource "aws_api_gateway_stage" "no_settings" { # expect: api-gateway-execution-logging
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = "prod"
}

resource "aws_api_gateway_stage" "logging_off" { # expect: api-gateway-execution-logging
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = "staging"
}

# Metrics only: logging_level defaults to OFF.
resource "aws_api_gateway_method_settings" "metrics_only" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.logging_off.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled = true
  }
}

resource "aws_api_gateway_stage" "explicit_off" { # expect: api-gateway-execution-logging
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = "dev"
}

resource "aws_api_gateway_method_settings" "explicit_off" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.explicit_off.stage_name
  method_path = "*/*"

  settings {
    logging_level = "OFF"
  }
}
