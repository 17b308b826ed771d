variable "backtrack_unknown" {
  type = number
}

locals {
  one_day = 24 * 60 * 60
}

resource "aws_rds_cluster" "inventory_mysql" {
  cluster_identifier          = "inventory"
  engine                      = "aurora-mysql"
  master_username             = "admin"
  manage_master_user_password = true
  backtrack_window            = local.one_day
}

# Backtrack is an Aurora MySQL feature.
resource "aws_rds_cluster" "reports_postgres" {
  cluster_identifier          = "reports"
  engine                      = "aurora-postgresql"
  master_username             = "admin"
  manage_master_user_password = true
}

# Not offered for Serverless v1, binlog replicas or global database members.
resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier          = "tools"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "admin"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "binlog_replica" {
  cluster_identifier            = "orders-replica"
  engine                        = "aurora-mysql"
  replication_source_identifier = "arn:aws:rds:us-east-1:111122223333:cluster:orders"
}

resource "aws_rds_global_cluster" "global" {
  global_cluster_identifier = "catalog"
  engine                    = "aurora-mysql"
}

resource "aws_rds_cluster" "global_member" {
  cluster_identifier          = "catalog-primary"
  engine                      = "aurora-mysql"
  global_cluster_identifier   = aws_rds_global_cluster.global.id
  master_username             = "admin"
  manage_master_user_password = true
}

# Known only when the variable gets a value: undecided.
resource "aws_rds_cluster" "window_unknown" {
  cluster_identifier          = "search"
  engine                      = "aurora-mysql"
  master_username             = "admin"
  manage_master_user_password = true
  backtrack_window            = var.backtrack_unknown
}
