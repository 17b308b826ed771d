resource "aws_dax_cluster" "tls" {
  cluster_name                     = "tls"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax"
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "TLS"
}

variable "endpoint_encryption" {
  type = string
}

resource "aws_dax_cluster" "unknown" {
  cluster_name                     = "unknown"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax"
  node_type                        = "dax.r5.large"
  replication_factor               = 1
  cluster_endpoint_encryption_type = var.endpoint_encryption
}
