resource "aws_redshift_cluster" "default_retention" { # expect: redshift-automated-snapshots-retained
  cluster_identifier = "warehouse"
  node_type          = "dc2.large"
}

resource "aws_redshift_cluster" "snapshots_off" {
  cluster_identifier                  = "scratch"
  node_type                           = "dc2.large"
  automated_snapshot_retention_period = 0 # expect: redshift-automated-snapshots-retained
}

variable "snapshot_days" {
  default = 5
}

resource "aws_redshift_cluster" "from_variable" {
  count                               = 2
  cluster_identifier                  = "reporting-${count.index}"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = var.snapshot_days # expect: redshift-automated-snapshots-retained
}
