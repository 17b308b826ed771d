variable "backtrack_seconds" {
  type    = number
  default = 0
}

resource "aws_rds_cluster" "orders_mysql" { # expect: aurora-mysql-backtrack-enabled
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  master_username             = "admin"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "billing_mysql" {
  cluster_identifier          = "billing"
  engine                      = "aurora-mysql"
  master_username             = "admin"
  manage_master_user_password = true
  backtrack_window            = var.backtrack_seconds # expect: aurora-mysql-backtrack-enabled
}

# The default engine is "aurora", the MySQL 5.6-compatible one.
resource "aws_rds_cluster" "legacy_default_engine" { # expect: aurora-mysql-backtrack-enabled
  count                       = 2
  cluster_identifier          = "legacy-${count.index}"
  master_username             = "admin"
  manage_master_user_password = true
}
