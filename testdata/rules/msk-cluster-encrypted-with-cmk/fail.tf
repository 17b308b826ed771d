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
