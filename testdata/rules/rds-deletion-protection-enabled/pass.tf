variable "protect" {
  type = bool
}

resource "aws_db_instance" "protected" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  deletion_protection = true
}

resource "aws_rds_cluster" "unknown" {
  engine              = "aurora-mysql"
  deletion_protection = var.protect
}

# A read replica holds a copy: deleting it loses no data.
resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.protected.identifier
}
