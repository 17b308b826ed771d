variable "ssl_mode" {
  type    = string
  default = "none"
}

resource "aws_dms_endpoint" "mysql_source_default" { # expect: dms-endpoint-uses-ssl
  endpoint_id   = "mysql-source"
  endpoint_type = "source"
  engine_name   = "mysql"
  server_name   = "db.example.internal"
  port          = 3306
  username      = "dms"
  password      = "change-me-please"
}

resource "aws_dms_endpoint" "postgres_target_none" {
  endpoint_id   = "postgres-target"
  endpoint_type = "target"
  engine_name   = "postgres"
  server_name   = "pg.example.internal"
  port          = 5432
  database_name = "app"
  username      = "dms"
  password      = "change-me-please"
  ssl_mode      = var.ssl_mode # expect: dms-endpoint-uses-ssl
}

resource "aws_dms_endpoint" "oracle" {
  for_each      = toset(["source", "target"])
  endpoint_id   = "oracle-${each.key}"
  endpoint_type = each.key
  engine_name   = "oracle"
  server_name   = "ora.example.internal"
  port          = 1521
  database_name = "ORCL"
  username      = "dms"
  password      = "change-me-please"
  ssl_mode      = "none" # expect: dms-endpoint-uses-ssl
}
