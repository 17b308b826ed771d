variable "password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "this" {
  broker_name        = "billing"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "billing"
    password = var.password # expect: mq-broker-user-password-not-hard-coded
  }
}
