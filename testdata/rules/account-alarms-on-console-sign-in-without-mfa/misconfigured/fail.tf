provider "aws" { # expect: account-alarms-on-console-sign-in-without-mfa
  region = "eu-west-1"
}

# A filter with no alarm on its metric.
resource "aws_cloudwatch_log_metric_filter" "no_mfa" {
  name           = "console-sign-in-without-mfa"
  log_group_name = "cloudtrail"
  pattern        = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }"

  metric_transformation {
    name      = "ConsoleSignInWithoutMfa"
    namespace = "Security"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "other" {
  alarm_name          = "root-usage"
  namespace           = "Security"
  metric_name         = "RootUsage"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
