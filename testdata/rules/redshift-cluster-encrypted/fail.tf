resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = false # expect: redshift-cluster-encrypted
}

variable "encrypted" {
  type    = bool
  default = false
}

module "analytics" {
  source    = "./analytics"
  encrypted = var.encrypted
}
