variable "protect_from_caller" {
  type = bool
}

locals {
  production = true
}

resource "aws_docdb_cluster" "protected" {
  cluster_identifier  = "docs-protected"
  deletion_protection = true
}

resource "aws_neptune_cluster" "by_environment" {
  cluster_identifier  = "graph-protected"
  deletion_protection = local.production
}

resource "aws_neptune_cluster" "caller_decides" {
  cluster_identifier  = "graph-caller"
  deletion_protection = var.protect_from_caller
}
