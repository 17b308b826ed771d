resource "aws_appsync_graphql_api" "unlogged" { # expect: appsync-api-logging
  name                = "unlogged"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"

  user_pool_config {
    default_action = "ALLOW"
    user_pool_id   = "eu-west-1_example"
  }
}

variable "logging" {
  type    = map(string)
  default = {}
}

resource "aws_appsync_graphql_api" "optional_logging" {
  name                = "optional-logging"
  authentication_type = "AWS_IAM"

  dynamic "log_config" { # expect: appsync-api-logging
    for_each = length(var.logging) > 0 ? [var.logging] : []
    content {
      cloudwatch_logs_role_arn = log_config.value.role_arn
      field_log_level          = log_config.value.level
    }
  }
}
