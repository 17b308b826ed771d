variable "redshift_evr" {
  type    = bool
  default = false
}

resource "aws_redshift_cluster" "default_routing" { # expect: redshift-enhanced-vpc-routing
  cluster_identifier = "default-routing"
  node_type          = "ra3.xlplus"
  master_username    = "admin_user"
  manage_master_password = true
}

resource "aws_redshift_cluster" "routing_off" {
  for_each               = toset(["etl", "bi"])
  cluster_identifier     = "routing-off-${each.key}"
  node_type              = "ra3.xlplus"
  master_username        = "admin_user"
  manage_master_password = true
  enhanced_vpc_routing   = var.redshift_evr # expect: redshift-enhanced-vpc-routing
}
