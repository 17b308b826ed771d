variable "snapshot_days_from_caller" {
  type = number
}

resource "aws_redshift_cluster" "week" {
  cluster_identifier                  = "warehouse-week"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = 7
}

resource "aws_redshift_cluster" "caller_decides" {
  cluster_identifier                  = "warehouse-caller"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = var.snapshot_days_from_caller
}
