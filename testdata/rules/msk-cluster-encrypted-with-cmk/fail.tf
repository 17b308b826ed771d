resource "aws_msk_cluster" "events" { # expect: msk-cluster-encrypted-with-cmk
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
}

resource "aws_msk_cluster" "transit_only" {
  cluster_name           = "transit-only"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  encryption_info { # expect: msk-cluster-encrypted-with-cmk
    encryption_in_transit {
      client_broker = "TLS"
    }
  }
}

resource "aws_msk_cluster" "aws_alias" {
  cluster_name           = "aws-alias"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  encryption_info { # expect: msk-cluster-encrypted-with-cmk
    encryption_at_rest_kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/kafka"
  }
}
