resource "aws_wafv2_web_acl" "common_only" {
  name  = "common-only"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule { # expect: waf-blocks-known-bad-inputs
    name     = "common"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "common-only"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "counting_only" {
  name  = "counting-only"
  scope = "CLOUDFRONT"

  default_action {
    allow {}
  }

  dynamic "rule" { # expect: waf-blocks-known-bad-inputs
    for_each = { AWSManagedRulesKnownBadInputsRuleSet = 1 }
    content {
      name     = rule.key
      priority = rule.value
      override_action {
        count {}
      }
      statement {
        managed_rule_group_statement {
          name        = rule.key
          vendor_name = "AWS"
        }
      }
      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = rule.key
        sampled_requests_enabled   = true
      }
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "counting-only"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "log4j_counted" {
  name  = "log4j-counted"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule { # expect: waf-blocks-known-bad-inputs
    name     = "bad-inputs"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
        rule_action_override {
          name = "Log4JRCE_HEADER"
          action_to_use {
            count {}
          }
        }
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "bad-inputs"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "log4j-counted"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "no_rules" { # expect: waf-blocks-known-bad-inputs
  name  = "no-rules"
  scope = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "no-rules"
    sampled_requests_enabled   = true
  }
}
