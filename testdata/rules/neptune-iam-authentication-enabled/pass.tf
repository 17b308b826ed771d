resource "aws_neptune_cluster" "iam" {
  cluster_identifier                  = "graph-iam"
  engine                              = "neptune"
  iam_database_authentication_enabled = true
}

variable "supplied_iam_auth" {
  type = bool
}

resource "aws_neptune_cluster" "unknown" {
  cluster_identifier                  = "graph-unknown"
  engine                              = "neptune"
  iam_database_authentication_enabled = var.supplied_iam_auth
}
