resource "aws_dax_cluster" "default_endpoint" { # expect: dax-cluster-endpoint-tls
  cluster_name       = "default-endpoint"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 3
  server_side_encryption {
    enabled = true
  }
}

variable "dax_endpoint_encryption" {
  type    = string
  default = "NONE"
}

resource "aws_dax_cluster" "explicit_none" {
  count                            = 2
  cluster_name                     = "explicit-none-${count.index}"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax"
  node_type                        = "dax.r5.large"
  replication_factor               = 1
  cluster_endpoint_encryption_type = var.dax_endpoint_encryption # expect: dax-cluster-endpoint-tls
}
