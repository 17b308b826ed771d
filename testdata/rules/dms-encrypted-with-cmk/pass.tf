resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_dms_replication_instance" "cmk" {
  replication_instance_id    = "cmk"
  replication_instance_class = "dms.t3.medium"
  kms_key_arn                = aws_kms_key.data.arn
}

resource "aws_dms_endpoint" "cmk" {
  endpoint_id   = "cmk"
  endpoint_type = "target"
  engine_name   = "aurora-postgresql"
  ssl_mode      = "require"
  kms_key_arn   = aws_kms_key.data.arn
}
