resource "aws_dms_replication_instance" "migration" { # expect: dms-encrypted-with-cmk
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
}

resource "aws_dms_endpoint" "source" {
  endpoint_id   = "source"
  endpoint_type = "source"
  engine_name   = "postgres"
  ssl_mode      = "require"
  kms_key_arn   = "arn:aws:kms:eu-west-1:111122223333:alias/aws/dms" # expect: dms-encrypted-with-cmk
}
