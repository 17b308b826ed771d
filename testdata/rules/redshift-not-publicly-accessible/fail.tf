resource "aws_redshift_cluster" "public" {
  cluster_identifier  = "public"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  publicly_accessible = true # expect: redshift-not-publicly-accessible
}

variable "workgroup_public" {
  default = true
}

resource "aws_redshiftserverless_workgroup" "public" {
  namespace_name      = "analytics"
  workgroup_name      = "public"
  publicly_accessible = var.workgroup_public # expect: redshift-not-publicly-accessible
}
