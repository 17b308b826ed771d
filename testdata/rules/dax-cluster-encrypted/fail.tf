resource "aws_dax_cluster" "cache" { # expect: dax-cluster-encrypted
  cluster_name       = "cache"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 3
}

resource "aws_dax_cluster" "off" {
  cluster_name       = "off"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.t3.small"
  replication_factor = 1
  server_side_encryption {
    enabled = false # expect: dax-cluster-encrypted
  }
}
