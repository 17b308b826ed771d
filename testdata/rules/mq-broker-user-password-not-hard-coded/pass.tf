resource "random_password" "broker" {
  length  = 32
  special = false
}

resource "aws_mq_broker" "generated" {
  broker_name        = "generated"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = random_password.broker.result
  }
}

variable "supplied_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "supplied" {
  broker_name        = "supplied"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"

  user {
    username = "app"
    password = var.supplied_password
  }
}

data "aws_secretsmanager_secret_version" "broker" {
  secret_id = "mq/broker"
}

resource "aws_mq_broker" "from_secret" {
  broker_name        = "from-secret"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = jsondecode(data.aws_secretsmanager_secret_version.broker.secret_string)["password"]
  }
}
