resource "aws_rds_global_cluster" "orders" { # expect: rds-global-cluster-encrypted
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}

variable "encrypt_global" {
  type    = bool
  default = false
}

resource "aws_rds_global_cluster" "ledger" {
  count                     = 1
  global_cluster_identifier = "ledger"
  engine                    = "aurora-mysql"
  storage_encrypted         = var.encrypt_global # expect: rds-global-cluster-encrypted
}
