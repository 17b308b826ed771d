resource "aws_redshift_cluster" "warehouse" { # expect: redshift-cluster-encrypted-with-cmk
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}
