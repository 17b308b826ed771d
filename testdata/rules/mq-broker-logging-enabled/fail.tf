resource "aws_mq_broker" "activemq_unlogged" { # expect: mq-broker-logging-enabled
  broker_name        = "activemq-unlogged"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = "not-a-real-password-1"
  }
}

# General log only: ActiveMQ also has an audit log.
resource "aws_mq_broker" "activemq_general_only" {
  broker_name        = "activemq-general-only"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  logs { # expect: mq-broker-logging-enabled
    general = true
  }

  user {
    username = "app"
    password = "not-a-real-password-2"
  }
}

variable "general_logs" {
  type    = bool
  default = false
}

resource "aws_mq_broker" "rabbit_off" {
  broker_name        = "rabbit-off"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"

  logs { # expect: mq-broker-logging-enabled
    general = var.general_logs
  }

  user {
    username = "app"
    password = "not-a-real-password-3"
  }
}
