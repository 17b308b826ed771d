variable "client_broker" {
  type    = string
  default = "TLS_PLAINTEXT"
}

resource "aws_msk_cluster" "plaintext" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-123"]
  }

  encryption_info {
    encryption_in_transit { # expect: msk-encryption-in-transit
      client_broker = "PLAINTEXT"
    }
  }
}

resource "aws_msk_cluster" "mixed_from_variable" {
  cluster_name           = "orders"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-123"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/abcd"
    encryption_in_transit { # expect: msk-encryption-in-transit
      client_broker = var.client_broker
    }
  }
}

resource "aws_msk_cluster" "no_in_cluster" {
  cluster_name           = "metrics"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-123"]
  }

  encryption_info {
    encryption_in_transit { # expect: msk-encryption-in-transit
      client_broker = "TLS"
      in_cluster    = false
    }
  }
}
