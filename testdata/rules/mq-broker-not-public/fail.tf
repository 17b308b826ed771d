resource "aws_mq_broker" "public" {
  broker_name         = "public"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = true # expect: mq-broker-not-public

  user {
    username = "app"
    password = "not-a-real-password"
  }
}
