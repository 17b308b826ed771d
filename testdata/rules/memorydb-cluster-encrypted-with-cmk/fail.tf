resource "aws_memorydb_cluster" "sessions" { # expect: memorydb-cluster-encrypted-with-cmk
  name      = "sessions"
  node_type = "db.t4g.small"
  acl_name  = "app-acl"
}
