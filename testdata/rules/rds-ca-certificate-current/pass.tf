# Unset: the current regional default.
resource "aws_db_instance" "default_ca" {
  identifier        = "default-ca"
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}

resource "aws_db_instance" "rsa4096" {
  identifier         = "rsa4096"
  engine             = "mysql"
  instance_class     = "db.t4g.micro"
  allocated_storage  = 20
  storage_encrypted  = true
  ca_cert_identifier = "rds-ca-rsa4096-g1"
}

resource "aws_rds_cluster" "multi_az_passing" {
  cluster_identifier        = "multi-az"
  engine                    = "postgres"
  db_cluster_instance_class = "db.r6gd.large"
  storage_type              = "io1"
  allocated_storage         = 100
  iops                      = 1000
  ca_certificate_identifier = "rds-ca-ecc384-g1"
}

variable "ca_cert" {
  type = string
}

resource "aws_rds_cluster_instance" "unknown" {
  identifier         = "unknown"
  cluster_identifier = "aurora"
  instance_class     = "db.r6g.large"
  engine             = "aurora-mysql"
  ca_cert_identifier = var.ca_cert
}
