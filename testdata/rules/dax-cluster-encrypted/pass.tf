variable "encrypt_cache" {
  type    = bool
  default = true
}

resource "aws_dax_cluster" "encrypted" {
  for_each           = toset(["eu", "us"])
  cluster_name       = "cache-${each.key}"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 3
  server_side_encryption {
    enabled = var.encrypt_cache
  }
}
