resource "aws_mq_broker" "private" {
  broker_name        = "private"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-123"]
  security_groups    = ["sg-123"]

  user {
    username = "app"
    password = "not-a-real-password"
  }
}

resource "aws_mq_broker" "explicitly_private" {
  broker_name         = "explicitly-private"
  engine_type         = "ActiveMQ"
  engine_version      = "5.18"
  host_instance_type  = "mq.t3.micro"
  publicly_accessible = false

  user {
    username = "app"
    password = "not-a-real-password"
  }
}
