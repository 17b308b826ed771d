resource "aws_neptune_cluster" "graph" { # expect: neptune-cluster-encrypted
  cluster_identifier  = "graph"
  engine              = "neptune"
  skip_final_snapshot = true
}

resource "aws_neptune_cluster" "explicit_off" {
  cluster_identifier = "explicit-off"
  storage_encrypted  = false # expect: neptune-cluster-encrypted
}

resource "aws_neptune_global_cluster" "global" { # expect: neptune-cluster-encrypted
  global_cluster_identifier = "global-graph"
  engine                    = "neptune"
  engine_version            = "1.2.0.0"
}
