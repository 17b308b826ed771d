resource "aws_neptune_cluster" "encrypted" {
  cluster_identifier = "encrypted"
  storage_encrypted  = true
  kms_key_arn        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# A cross-region replica takes its encryption from the source cluster.
resource "aws_neptune_cluster" "replica" {
  cluster_identifier            = "replica"
  replication_source_identifier = aws_neptune_cluster.encrypted.arn
}

resource "aws_neptune_cluster" "restored" {
  cluster_identifier  = "restored"
  snapshot_identifier = "graph-final-2024"
}
