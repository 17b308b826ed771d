resource "aws_rds_cluster" "managed" {
  cluster_identifier          = "managed"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "random_password" "docdb" {
  length = 32
}

resource "aws_docdb_cluster" "generated" {
  cluster_identifier = "generated"
  master_username    = "app"
  master_password    = random_password.docdb.result
}

# A cluster restored from a snapshot takes its credentials from it.
resource "aws_rds_cluster" "restored" {
  cluster_identifier  = "restored"
  engine              = "aurora-postgresql"
  snapshot_identifier = "arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:nightly"
}
