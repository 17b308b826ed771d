resource "aws_db_instance" "postgres" {
  identifier                      = "postgres"
  engine                          = "postgres"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

resource "aws_db_instance" "mysql_general" {
  identifier                      = "mysql-general"
  engine                          = "mysql"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  enabled_cloudwatch_logs_exports = ["general"]
}

resource "aws_rds_cluster" "aurora_mysql" {
  cluster_identifier              = "aurora-mysql"
  engine                          = "aurora-mysql"
  master_username                 = "app"
  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
}

resource "aws_db_instance" "sqlserver" {
  identifier                      = "sqlserver"
  engine                          = "sqlserver-se"
  license_model                   = "license-included"
  instance_class                  = "db.m5.large"
  allocated_storage               = 100
  enabled_cloudwatch_logs_exports = ["agent", "error"]
}

resource "aws_db_instance" "replica_passing" {
  identifier                      = "replica"
  replicate_source_db             = "postgres-primary"
  instance_class                  = "db.t4g.micro"
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

variable "engine" {
  type    = string
  default = "mariadb"
}

resource "aws_db_instance" "per_tenant" {
  for_each                        = toset(["a", "b"])
  identifier                      = "tenant-${each.key}"
  engine                          = var.engine
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  enabled_cloudwatch_logs_exports = var.engine == "mariadb" ? ["audit"] : ["postgresql"]
}

# Aurora Serverless v1 cannot export logs this way.
resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier = "serverless-v1"
  engine             = "aurora-postgresql"
  engine_mode        = "serverless"
  master_username    = "app"
}

variable "exports_input" {
  type = list(string)
}

resource "aws_db_instance" "unknown" {
  identifier                      = "unknown"
  engine                          = "postgres"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  enabled_cloudwatch_logs_exports = var.exports_input
}
