resource "aws_kms_key" "kafka" {
  description         = "kafka"
  enable_key_rotation = true
}

resource "aws_msk_cluster" "cmk" {
  cluster_name           = "cmk"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn
  }
}
