resource "aws_redshift_cluster" "split_logging" {
  cluster_identifier = "split-logging"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
}

resource "aws_redshift_logging" "split_logging" {
  cluster_identifier   = aws_redshift_cluster.split_logging.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

resource "aws_redshift_cluster" "by_identifier" {
  count              = 2
  cluster_identifier = "by-identifier-${count.index}"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
}

resource "aws_redshift_logging" "by_identifier" {
  count                = 2
  cluster_identifier   = aws_redshift_cluster.by_identifier[count.index].cluster_identifier
  log_destination_type = "s3"
  bucket_name          = "redshift-audit"
}

resource "aws_redshift_cluster" "inline" {
  cluster_identifier = "inline"
  node_type          = "ra3.xlplus"
  master_username    = "admin"

  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog"]
  }
}
