# TLS is the default.
resource "aws_memorydb_cluster" "default_tls" {
  name      = "default-tls"
  node_type = "db.t4g.small"
  acl_name  = "app-acl"
}

resource "aws_memorydb_cluster" "explicit_tls" {
  name        = "explicit-tls"
  node_type   = "db.t4g.small"
  acl_name    = "app-acl"
  tls_enabled = true
}

variable "tls" {
  type = bool
}

resource "aws_memorydb_cluster" "unknown" {
  name        = "unknown"
  node_type   = "db.t4g.small"
  acl_name    = "app-acl"
  tls_enabled = var.tls
}
