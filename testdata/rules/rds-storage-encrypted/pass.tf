# No default: the value is known only at plan time, so the rule does not decide.
variable "encrypted_input" {
  type = bool
}

resource "aws_db_instance" "encrypted" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/abcd"
}

resource "aws_db_instance" "unknown_input" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = var.encrypted_input
}

# Replicas and restores inherit encryption from their source.
resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.encrypted.identifier
}

resource "aws_db_instance" "restored" {
  instance_class      = "db.t3.micro"
  snapshot_identifier = "rds:prod-2024-01-01"
}

resource "aws_rds_cluster" "serverless_v1" {
  engine      = "aurora-postgresql"
  engine_mode = "serverless"
}

resource "aws_rds_cluster" "encrypted_cluster" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
}

resource "aws_rds_cluster" "disabled" {
  count  = 0
  engine = "aurora-postgresql"
}
