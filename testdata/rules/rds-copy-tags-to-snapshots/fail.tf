resource "aws_db_instance" "default_setting" { # expect: rds-copy-tags-to-snapshots
  engine         = "postgres"
  instance_class = "db.t3.micro"
  tags           = { DataClassification = "confidential" }
}

variable "copy_tags" {
  type    = bool
  default = false
}

resource "aws_rds_cluster" "from_variable" {
  engine                = "aurora-postgresql"
  copy_tags_to_snapshot = var.copy_tags # expect: rds-copy-tags-to-snapshots
}

resource "aws_neptune_cluster" "explicitly_off" {
  for_each              = toset(["graph-a", "graph-b"])
  cluster_identifier    = each.key
  copy_tags_to_snapshot = false # expect: rds-copy-tags-to-snapshots
}
