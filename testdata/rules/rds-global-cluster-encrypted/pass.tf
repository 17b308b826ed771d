resource "aws_rds_global_cluster" "encrypted" {
  global_cluster_identifier = "encrypted"
  engine                    = "aurora-postgresql"
  storage_encrypted         = true
}

resource "aws_rds_cluster" "primary" {
  cluster_identifier          = "primary"
  engine                      = "aurora-postgresql"
  storage_encrypted           = true
  master_username             = "admin"
  manage_master_user_password = true
}

# Built from an existing cluster: encryption follows the source cluster.
resource "aws_rds_global_cluster" "from_existing" {
  global_cluster_identifier    = "from-existing"
  source_db_cluster_identifier = aws_rds_cluster.primary.arn
  force_destroy                = true
}
