variable "redshift_evr_unset" {
  type = bool
}

resource "aws_redshift_cluster" "routed" {
  cluster_identifier     = "routed"
  node_type              = "ra3.xlplus"
  master_username        = "admin_user"
  manage_master_password = true
  enhanced_vpc_routing   = true
}

resource "aws_redshift_cluster" "unknown" {
  cluster_identifier     = "unknown"
  node_type              = "ra3.xlplus"
  master_username        = "admin_user"
  manage_master_password = true
  enhanced_vpc_routing   = var.redshift_evr_unset
}
