variable "public" {
  type = bool
}

# Unset: not public with today's API and provider default.
resource "aws_redshift_cluster" "default" {
  cluster_identifier = "default"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
}

resource "aws_redshift_cluster" "private" {
  cluster_identifier  = "private"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  publicly_accessible = false
}

resource "aws_redshift_cluster" "unknown" {
  cluster_identifier  = "unknown"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  publicly_accessible = var.public
}

resource "aws_redshiftserverless_workgroup" "private" {
  namespace_name = "analytics"
  workgroup_name = "private"
}
