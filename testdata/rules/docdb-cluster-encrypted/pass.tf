resource "aws_kms_key" "docdb" {
  description         = "DocumentDB"
  enable_key_rotation = true
}

resource "aws_docdb_cluster" "encrypted" {
  cluster_identifier = "encrypted"
  master_username    = "app"
  master_password    = "Must-be-8-characters"
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.docdb.arn
}

variable "snapshot_id" {
  type = string
}

# Restored from a snapshot whose name is known only at apply time: encryption follows it.
resource "aws_docdb_cluster" "restored" {
  cluster_identifier  = "restored"
  snapshot_identifier = var.snapshot_id
}

resource "aws_docdb_global_cluster" "from_existing" {
  global_cluster_identifier    = "from-existing"
  source_db_cluster_identifier = aws_docdb_cluster.encrypted.arn
}
