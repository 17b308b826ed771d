resource "aws_msk_cluster" "unlogged" { # expect: msk-broker-logging-enabled
  cluster_name           = "unlogged"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
}

variable "broker_logs_enabled" {
  type    = bool
  default = false
}

resource "aws_msk_cluster" "switched_off" {
  cluster_name           = "switched-off"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }

  logging_info { # expect: msk-broker-logging-enabled
    broker_logs {
      cloudwatch_logs {
        enabled   = var.broker_logs_enabled
        log_group = "/msk/switched-off"
      }
      s3 {
        enabled = false
      }
    }
  }
}
