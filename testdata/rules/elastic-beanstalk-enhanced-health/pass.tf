variable "health_system_unset" {
  type = string
}

resource "aws_elastic_beanstalk_environment" "enhanced" {
  name                = "enhanced"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "enhanced"
  }
}

resource "aws_elastic_beanstalk_environment" "dynamic_enhanced" {
  name                = "dynamic-enhanced"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"

  dynamic "setting" {
    for_each = [
      { namespace = "aws:elasticbeanstalk:environment", name = "EnvironmentType", value = "LoadBalanced" },
      { namespace = "aws:elasticbeanstalk:healthreporting:system", name = "SystemType", value = "enhanced" },
    ]
    content {
      namespace = setting.value.namespace
      name      = setting.value.name
      value     = setting.value.value
    }
  }
}

resource "aws_elastic_beanstalk_environment" "from_template" {
  name          = "from-template"
  application   = "shop"
  template_name = "shop-saved-config"
}

resource "aws_elastic_beanstalk_environment" "unknown" {
  name                = "unknown"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v4.0.0 running Python 3.11"

  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = var.health_system_unset
  }
}
