resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_memorydb_cluster" "cmk" {
  name        = "cmk"
  node_type   = "db.t4g.small"
  acl_name    = "app-acl"
  kms_key_arn = aws_kms_key.data.arn
}
