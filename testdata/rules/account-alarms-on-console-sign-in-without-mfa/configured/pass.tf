provider "aws" {
  region = "eu-west-1"
}

locals {
  metric = "ConsoleSignInWithoutMfa"
}

resource "aws_cloudwatch_log_metric_filter" "no_mfa" {
  name           = "console-sign-in-without-mfa"
  log_group_name = "cloudtrail"
  pattern        = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }"

  metric_transformation {
    name      = local.metric
    namespace = "Security"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "no_mfa" {
  alarm_name          = "console-sign-in-without-mfa"
  namespace           = "Security"
  metric_name         = local.metric
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
