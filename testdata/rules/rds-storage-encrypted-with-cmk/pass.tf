resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

variable "external_key_arn" {
  type = string
}


resource "aws_db_instance" "cmk" {
  identifier        = "cmk"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_rds_cluster" "external" {
  cluster_identifier = "external"
  engine             = "aurora-mysql"
  storage_encrypted  = true
  kms_key_id         = var.external_key_arn
}

# Unencrypted databases are judged by rds-storage-encrypted, not here.
resource "aws_db_instance" "unencrypted" {
  identifier        = "unencrypted"
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
}

# A replica in the same region takes the source's key.
resource "aws_db_instance" "replica" {
  identifier          = "replica"
  instance_class      = "db.t4g.micro"
  storage_encrypted   = true
  replicate_source_db = aws_db_instance.cmk.identifier
}
