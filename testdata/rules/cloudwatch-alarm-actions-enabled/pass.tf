variable "alarm_actions_unset" {
  type = bool
}

resource "aws_cloudwatch_metric_alarm" "default_enabled" {
  alarm_name          = "errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 0
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:alerts"]
}

resource "aws_cloudwatch_metric_alarm" "explicitly_enabled" {
  count               = 2
  alarm_name          = "throttles-${count.index}"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Throttles"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 0
  actions_enabled     = true
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:alerts"]
}

resource "aws_cloudwatch_metric_alarm" "unknown" {
  alarm_name          = "duration"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Duration"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Average"
  threshold           = 1000
  actions_enabled     = var.alarm_actions_unset
}

resource "aws_cloudwatch_composite_alarm" "composite" {
  alarm_name    = "service-down"
  alarm_rule    = "ALARM(errors) OR ALARM(duration)"
  alarm_actions = ["arn:aws:sns:eu-west-1:123456789012:alerts"]
}
