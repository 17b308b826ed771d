resource "aws_mq_broker" "activemq_logged" {
  broker_name        = "activemq-logged"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  logs {
    general = true
    audit   = true
  }

  user {
    username = "app"
    password = "not-a-real-password-4"
  }
}

# RabbitMQ has no audit log: the general log is enough.
resource "aws_mq_broker" "rabbit_logged" {
  broker_name        = "rabbit-logged"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"

  logs {
    general = true
  }

  user {
    username = "app"
    password = "not-a-real-password-5"
  }
}
