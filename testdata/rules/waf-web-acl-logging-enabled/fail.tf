resource "aws_wafv2_web_acl" "unlogged" { # expect: waf-web-acl-logging-enabled
  name  = "unlogged"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "unlogged"
    sampled_requests_enabled   = true
  }
}

variable "enable_waf_logging" {
  type    = bool
  default = false
}

resource "aws_wafv2_web_acl" "optional_logging" { # expect: waf-web-acl-logging-enabled
  name  = "optional-logging"
  scope = "CLOUDFRONT"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "optional-logging"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "optional_logging" {
  count                   = var.enable_waf_logging ? 1 : 0
  resource_arn            = aws_wafv2_web_acl.optional_logging.arn
  log_destination_configs = ["arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-edge"]
}

resource "aws_waf_web_acl" "classic_unlogged" { # expect: waf-web-acl-logging-enabled
  name        = "classic-unlogged"
  metric_name = "classicUnlogged"

  default_action {
    type = "ALLOW"
  }
}
