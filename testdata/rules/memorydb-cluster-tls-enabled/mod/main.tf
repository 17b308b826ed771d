variable "tls_enabled" {
  type    = bool
  default = true
}

resource "aws_memorydb_cluster" "this" {
  name        = "sessions"
  node_type   = "db.t4g.small"
  acl_name    = var.tls_enabled ? "sessions-acl" : "open-access"
  tls_enabled = var.tls_enabled # expect: memorydb-cluster-tls-enabled
}
