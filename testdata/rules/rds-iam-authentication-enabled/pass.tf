resource "aws_db_instance" "mysql_iam" {
  identifier                          = "mysql-iam"
  engine                              = "mysql"
  instance_class                      = "db.t4g.micro"
  allocated_storage                   = 20
  username                            = "app"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
}

# SQL Server does not support IAM database authentication.
resource "aws_db_instance" "sqlserver" {
  identifier                  = "mssql"
  engine                      = "sqlserver-se"
  instance_class              = "db.m5.large"
  allocated_storage           = 20
  username                    = "app"
  license_model               = "license-included"
  manage_master_user_password = true
}

resource "aws_db_instance" "replica" {
  identifier          = "mysql-iam-replica"
  replicate_source_db = aws_db_instance.mysql_iam.identifier
  instance_class      = "db.t4g.micro"
}

variable "engine_from_caller" {
  type = string
}

resource "aws_db_instance" "engine_unknown" {
  identifier                  = "unknown-engine"
  engine                      = var.engine_from_caller
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}
