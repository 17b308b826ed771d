resource "aws_cloudwatch_log_group" "waf" {
  name              = "aws-waf-logs-app"
  retention_in_days = 365
}

resource "aws_wafv2_web_acl" "logged" {
  name  = "logged"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "logged"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "logged" {
  resource_arn            = aws_wafv2_web_acl.logged.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]

  redacted_fields {
    single_header {
      name = "authorization"
    }
  }
}

resource "aws_wafv2_web_acl" "per_scope" {
  for_each = { regional = "REGIONAL", edge = "CLOUDFRONT" }
  name     = "per-scope-${each.key}"
  scope    = each.value

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "per-scope-${each.key}"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "per_scope" {
  for_each                = aws_wafv2_web_acl.per_scope
  resource_arn            = each.value.arn
  log_destination_configs = ["arn:aws:firehose:us-east-1:111122223333:deliverystream/aws-waf-logs-${each.key}"]
}

resource "aws_wafregional_web_acl" "classic_logged" {
  name        = "classic-logged"
  metric_name = "classicLogged"

  default_action {
    type = "ALLOW"
  }

  logging_configuration {
    log_destination = "arn:aws:firehose:eu-west-1:111122223333:deliverystream/aws-waf-logs-classic"
  }
}
