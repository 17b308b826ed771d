variable "public" {
  type    = bool
  default = false
}

resource "aws_mq_broker" "this" {
  broker_name         = "module-broker"
  engine_type         = "ActiveMQ"
  engine_version      = "5.18"
  host_instance_type  = "mq.t3.micro"
  publicly_accessible = var.public # expect: mq-broker-not-public

  user {
    username = "app"
    password = "not-a-real-password"
  }
}
