variable "retention_from_caller" {
  type = number
}

resource "aws_docdb_cluster" "week" {
  cluster_identifier      = "docs-week"
  backup_retention_period = 7
}

resource "aws_neptune_cluster" "month" {
  cluster_identifier      = "graph-month"
  backup_retention_period = 35
}

# Decided by the caller: undecided here.
resource "aws_neptune_cluster" "caller_decides" {
  cluster_identifier      = "graph-caller"
  backup_retention_period = var.retention_from_caller
}

resource "aws_docdb_cluster" "conditional" {
  count                   = 1
  cluster_identifier      = "docs-conditional"
  backup_retention_period = count.index == 0 ? 14 : 1
}
