resource "aws_docdb_cluster" "catalog" { # expect: docdb-cluster-encrypted
  cluster_identifier  = "catalog"
  engine              = "docdb"
  master_username     = "catalog"
  master_password     = "Must-be-8-characters"
  skip_final_snapshot = true
}

locals {
  clusters = {
    profiles = { encrypted = true }
    events   = { encrypted = false }
  }
}

resource "aws_docdb_cluster" "each" {
  for_each           = local.clusters
  cluster_identifier = each.key
  master_username    = "app"
  master_password    = "Must-be-8-characters"
  storage_encrypted  = each.value.encrypted # expect: docdb-cluster-encrypted
}

resource "aws_docdb_global_cluster" "global" { # expect: docdb-cluster-encrypted
  global_cluster_identifier = "global-docs"
  engine                    = "docdb"
  engine_version            = "5.0.0"
}
