variable "alarm_actions_on" {
  type    = bool
  default = false
}

resource "aws_cloudwatch_metric_alarm" "silenced" {
  alarm_name          = "errors-silenced"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 0
  actions_enabled     = false # expect: cloudwatch-alarm-actions-enabled
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:alerts"]
}

resource "aws_cloudwatch_metric_alarm" "from_variable" {
  for_each            = toset(["api", "worker"])
  alarm_name          = "errors-${each.key}"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 0
  actions_enabled     = var.alarm_actions_on # expect: cloudwatch-alarm-actions-enabled
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:alerts"]
}

resource "aws_cloudwatch_composite_alarm" "composite_silenced" {
  alarm_name      = "service-down"
  alarm_rule      = "ALARM(errors-api) OR ALARM(errors-worker)"
  actions_enabled = false # expect: cloudwatch-alarm-actions-enabled
  alarm_actions   = ["arn:aws:sns:eu-west-1:123456789012:alerts"]
}
