resource "aws_redshift_cluster" "unlogged" { # expect: redshift-audit-logging-enabled
  cluster_identifier = "unlogged"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
}

resource "aws_redshift_cluster" "logging_off" {
  cluster_identifier = "logging-off"
  node_type          = "ra3.xlplus"
  master_username    = "admin"

  logging {
    enable      = false # expect: redshift-audit-logging-enabled
    bucket_name = "redshift-audit"
  }
}

# Logging for another cluster does not cover this one.
resource "aws_redshift_cluster" "neighbour" { # expect: redshift-audit-logging-enabled
  cluster_identifier = "neighbour"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
}

resource "aws_redshift_logging" "elsewhere" {
  cluster_identifier   = "some-other-cluster"
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}
