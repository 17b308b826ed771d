# Unset: provider 6.0 and AWS both encrypt by default.
resource "aws_redshift_cluster" "default" {
  cluster_identifier     = "default"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_cluster" "cmk" {
  cluster_identifier     = "cmk"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
