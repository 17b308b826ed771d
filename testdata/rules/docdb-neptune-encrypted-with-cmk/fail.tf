resource "aws_docdb_cluster" "aws_managed" {
  cluster_identifier = "aws-managed"
  storage_encrypted  = true
  kms_key_id         = "alias/aws/rds" # expect: docdb-neptune-encrypted-with-cmk
}

resource "aws_neptune_cluster" "graph" { # expect: docdb-neptune-encrypted-with-cmk
  cluster_identifier = "graph"
  storage_encrypted  = true
}
