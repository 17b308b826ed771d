resource "aws_db_instance" "postgres" { # expect: rds-iam-authentication-enabled
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

variable "iam_auth" {
  type    = bool
  default = false
}

resource "aws_rds_cluster" "aurora" {
  for_each                            = toset(["a", "b"])
  cluster_identifier                  = "aurora-${each.key}"
  engine                              = "aurora-mysql"
  master_username                     = "app"
  manage_master_user_password         = true
  iam_database_authentication_enabled = var.iam_auth # expect: rds-iam-authentication-enabled
}
