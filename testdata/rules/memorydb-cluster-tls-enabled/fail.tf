resource "aws_memorydb_cluster" "plaintext" {
  name        = "plaintext"
  node_type   = "db.t4g.small"
  acl_name    = "open-access"
  tls_enabled = false # expect: memorydb-cluster-tls-enabled
}

locals {
  memorydb = { tls = false }
}

module "sessions" {
  source      = "./mod"
  tls_enabled = local.memorydb.tls
}
