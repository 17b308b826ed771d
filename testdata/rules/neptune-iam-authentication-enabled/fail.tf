resource "aws_neptune_cluster" "default_off" { # expect: neptune-iam-authentication-enabled
  cluster_identifier  = "graph"
  engine              = "neptune"
  skip_final_snapshot = true
  storage_encrypted   = true
}

variable "iam_auth" {
  type    = bool
  default = false
}

resource "aws_neptune_cluster" "variable_default" {
  count                               = 2
  cluster_identifier                  = "graph-${count.index}"
  engine                              = "neptune"
  iam_database_authentication_enabled = var.iam_auth # expect: neptune-iam-authentication-enabled
}
