variable "unknown_mode" {
  type = string
}

resource "aws_dms_endpoint" "mysql_verified" {
  endpoint_id     = "mysql-source"
  endpoint_type   = "source"
  engine_name     = "mysql"
  server_name     = "db.example.internal"
  port            = 3306
  username        = "dms"
  password        = "change-me-please"
  ssl_mode        = "verify-full"
  certificate_arn = "arn:aws:dms:eu-west-1:111122223333:cert:ABCDEF"
}

resource "aws_dms_endpoint" "sqlserver_require" {
  endpoint_id   = "mssql-target"
  endpoint_type = "target"
  engine_name   = "sqlserver"
  server_name   = "mssql.example.internal"
  port          = 1433
  database_name = "app"
  username      = "dms"
  password      = "change-me-please"
  ssl_mode      = "require"
}

# S3 and DynamoDB endpoints are reached over HTTPS; ssl_mode does not apply.
resource "aws_dms_endpoint" "dynamodb_target" {
  endpoint_id         = "ddb-target"
  endpoint_type       = "target"
  engine_name         = "dynamodb"
  service_access_role = "arn:aws:iam::111122223333:role/dms-dynamodb"
}

resource "aws_dms_endpoint" "unknown" {
  endpoint_id   = "pg-unknown"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "pg.example.internal"
  port          = 5432
  database_name = "app"
  username      = "dms"
  password      = "change-me-please"
  ssl_mode      = var.unknown_mode
}
