resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_redshift_cluster" "cmk" {
  cluster_identifier     = "cmk"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = aws_kms_key.data.arn
}

# Explicitly unencrypted: judged by redshift-cluster-encrypted.
resource "aws_redshift_cluster" "plain" {
  cluster_identifier     = "plain"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = false
}
