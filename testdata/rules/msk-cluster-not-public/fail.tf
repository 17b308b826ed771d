variable "msk_public_type" {
  type    = string
  default = "SERVICE_PROVIDED_EIPS"
}

resource "aws_msk_cluster" "public" {
  cluster_name           = "public"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]

    connectivity_info {
      public_access {
        type = "SERVICE_PROVIDED_EIPS" # expect: msk-cluster-not-public
      }
    }
  }
}

resource "aws_msk_cluster" "public_from_variable" {
  count                  = 1
  cluster_name           = "public-from-variable"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]

    connectivity_info {
      dynamic "public_access" {
        for_each = [var.msk_public_type]
        content {
          type = public_access.value # expect: msk-cluster-not-public
        }
      }
    }
  }
}
