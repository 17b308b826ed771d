resource "aws_cloudwatch_log_group" "msk" {
  name              = "/msk/brokers"
  retention_in_days = 365
}

resource "aws_msk_cluster" "to_cloudwatch" {
  cluster_name           = "to-cloudwatch"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.msk.name
      }
      firehose {
        enabled = false
      }
    }
  }
}

resource "aws_msk_cluster" "to_s3" {
  cluster_name           = "to-s3"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }

  logging_info {
    broker_logs {
      s3 {
        enabled = true
        bucket  = "msk-broker-logs"
        prefix  = "to-s3/"
      }
    }
  }
}
