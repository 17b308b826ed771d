variable "stream_logs" {
  type    = bool
  default = false
}

resource "aws_elastic_beanstalk_environment" "no_settings" { # expect: elastic-beanstalk-streams-logs
  name                = "no-settings"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"
}

resource "aws_elastic_beanstalk_environment" "streaming_off" {
  count               = 2
  name                = "streaming-off-${count.index}"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"

  setting { # expect: elastic-beanstalk-streams-logs
    namespace = "aws:elasticbeanstalk:cloudwatch:logs"
    name      = "StreamLogs"
    value     = var.stream_logs
  }
}
