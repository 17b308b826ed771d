resource "aws_rds_cluster" "aurora" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  master_username    = "app"
  master_password    = "aurora-password-1" # expect: db-cluster-master-password-not-hard-coded
}

variable "docdb_password" {
  type    = string
  default = "docdb-password-1"
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier = "docs"
  master_username    = "app"
  master_password    = var.docdb_password # expect: db-cluster-master-password-not-hard-coded
}

resource "aws_redshift_cluster" "warehouse" {
  for_each           = toset(["eu", "us"])
  cluster_identifier = "warehouse-${each.key}"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  master_password    = "Warehouse-${each.key}-2024" # expect: db-cluster-master-password-not-hard-coded
}
