variable "copy_tags_from_caller" {
  type = bool
}

locals {
  copy_tags = true
}

resource "aws_db_instance" "copies_tags" {
  engine                = "mysql"
  instance_class        = "db.t3.micro"
  copy_tags_to_snapshot = true
}

resource "aws_rds_cluster" "copies_tags_from_local" {
  engine                = "aurora-mysql"
  copy_tags_to_snapshot = local.copy_tags
}

# Decided by the caller: undecided here.
resource "aws_neptune_cluster" "caller_decides" {
  copy_tags_to_snapshot = var.copy_tags_from_caller
}

# A read replica: its source's snapshots hold the data.
resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.copies_tags.identifier
  instance_class      = "db.t3.micro"
}
