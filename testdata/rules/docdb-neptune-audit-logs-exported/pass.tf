resource "aws_docdb_cluster_parameter_group" "audited" {
  family = "docdb5.0"
  name   = "audited"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "audited" {
  cluster_identifier              = "audited"
  master_username                 = "docdb"
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audited.name
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}

locals {
  neptune_exports = ["audit"]
}

resource "aws_neptune_cluster" "audited" {
  for_each                       = toset(["graph-a", "graph-b"])
  cluster_identifier             = each.key
  engine                         = "neptune"
  enable_cloudwatch_logs_exports = local.neptune_exports
}

variable "exports_input" {
  type = list(string)
}

resource "aws_docdb_cluster" "unknown" {
  cluster_identifier              = "unknown"
  master_username                 = "docdb"
  enabled_cloudwatch_logs_exports = var.exports_input
}
