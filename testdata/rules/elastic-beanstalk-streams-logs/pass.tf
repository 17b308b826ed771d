variable "stream_logs_unset" {
  type = bool
}

resource "aws_elastic_beanstalk_environment" "streaming" {
  name                = "streaming"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:cloudwatch:logs"
    name      = "StreamLogs"
    value     = true
  }
  setting {
    namespace = "aws:elasticbeanstalk:cloudwatch:logs"
    name      = "RetentionInDays"
    value     = "365"
  }
}

resource "aws_elastic_beanstalk_environment" "dynamic_streaming" {
  name                = "dynamic-streaming"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"

  dynamic "setting" {
    for_each = { StreamLogs = "true", DeleteOnTerminate = "false" }
    content {
      namespace = "aws:elasticbeanstalk:cloudwatch:logs"
      name      = setting.key
      value     = setting.value
    }
  }
}

resource "aws_elastic_beanstalk_environment" "unknown" {
  name                = "unknown"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:cloudwatch:logs"
    name      = "StreamLogs"
    value     = var.stream_logs_unset
  }
}
