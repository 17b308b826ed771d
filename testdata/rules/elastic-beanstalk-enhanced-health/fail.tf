variable "health_system" {
  type    = string
  default = "basic"
}

resource "aws_elastic_beanstalk_environment" "no_settings" { # expect: elastic-beanstalk-enhanced-health
  name                = "no-settings"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"
}

resource "aws_elastic_beanstalk_environment" "basic" {
  for_each            = toset(["staging", "production"])
  name                = "basic-${each.key}"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"

  setting { # expect: elastic-beanstalk-enhanced-health
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = "aws-elasticbeanstalk-ec2-role"
  }
  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = var.health_system
  }
}

resource "aws_elastic_beanstalk_environment" "dynamic_settings" {
  name                = "dynamic-settings"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"

  dynamic "setting" { # expect: elastic-beanstalk-enhanced-health
    for_each = {
      "aws:elasticbeanstalk:environment" = { name = "EnvironmentType", value = "LoadBalanced" }
    }
    content {
      namespace = setting.key
      name      = setting.value.name
      value     = setting.value.value
    }
  }
}
