variable "encrypted" {
  type = bool
}

resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "analytics"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = var.encrypted # expect: redshift-cluster-encrypted
}
