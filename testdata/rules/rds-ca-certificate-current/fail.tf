resource "aws_db_instance" "orders" {
  identifier         = "orders"
  engine             = "postgres"
  instance_class     = "db.t4g.micro"
  allocated_storage  = 20
  storage_encrypted  = true
  ca_cert_identifier = "rds-ca-2019" # expect: rds-ca-certificate-current
}

variable "ca" {
  type    = string
  default = "rds-ca-2015"
}

resource "aws_rds_cluster_instance" "reader" {
  count              = 2
  identifier         = "reader-${count.index}"
  cluster_identifier = "aurora"
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
  ca_cert_identifier = var.ca # expect: rds-ca-certificate-current
}

# Multi-AZ DB cluster: ca_certificate_identifier (the finding points at the resource).
resource "aws_rds_cluster" "multi_az" { # expect: rds-ca-certificate-current
  cluster_identifier        = "multi-az"
  engine                    = "postgres"
  db_cluster_instance_class = "db.r6gd.large"
  storage_type              = "io1"
  allocated_storage         = 100
  iops                      = 1000
  ca_certificate_identifier = "rds-ca-2019"
}

resource "aws_docdb_cluster_instance" "docs" {
  identifier         = "docs-1"
  cluster_identifier = "docs"
  instance_class     = "db.r6g.large"
  ca_cert_identifier = "RDS-CA-2019" # expect: rds-ca-certificate-current
}
