resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = "prod"
}

resource "aws_api_gateway_method_settings" "prod_all" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    logging_level      = "ERROR"
    metrics_enabled    = true
    data_trace_enabled = false
  }
}

variable "log_level" {
  type    = string
  default = "INFO"
}

resource "aws_api_gateway_stage" "per_env" {
  for_each      = toset(["blue", "green"])
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = each.key
}

resource "aws_api_gateway_method_settings" "per_env" {
  for_each    = aws_api_gateway_stage.per_env
  rest_api_id = "a1b2c3"
  stage_name  = each.value.stage_name
  method_path = "*/*"

  settings {
    logging_level = var.log_level
  }
}
