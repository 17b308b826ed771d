resource "aws_docdb_cluster" "unprotected" { # expect: docdb-neptune-deletion-protection-enabled
  cluster_identifier = "docs"
}

variable "protect_graph" {
  type    = bool
  default = false
}

resource "aws_neptune_cluster" "from_variable" {
  cluster_identifier  = "graph"
  deletion_protection = var.protect_graph # expect: docdb-neptune-deletion-protection-enabled
}
