resource "aws_db_instance" "aws_managed" { # expect: rds-storage-encrypted-with-cmk
  identifier        = "aws-managed"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}

variable "rds_key" {
  type    = string
  default = "arn:aws:kms:eu-west-1:111122223333:alias/aws/rds"
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
  kms_key_id         = var.rds_key # expect: rds-storage-encrypted-with-cmk
}
