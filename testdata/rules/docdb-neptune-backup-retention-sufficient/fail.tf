resource "aws_docdb_cluster" "default_retention" { # expect: docdb-neptune-backup-retention-sufficient
  cluster_identifier = "docs"
  master_username    = "admin"
}

variable "backup_days" {
  type    = number
  default = 3
}

resource "aws_neptune_cluster" "from_variable" {
  cluster_identifier      = "graph"
  backup_retention_period = var.backup_days # expect: docdb-neptune-backup-retention-sufficient
}

locals {
  clusters = { orders = 1, users = 14 }
}

resource "aws_docdb_cluster" "per_team" {
  for_each                = local.clusters
  cluster_identifier      = each.key
  backup_retention_period = each.value # expect: docdb-neptune-backup-retention-sufficient
}
