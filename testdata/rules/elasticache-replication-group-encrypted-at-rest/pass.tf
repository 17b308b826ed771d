resource "aws_elasticache_replication_group" "encrypted" {
  replication_group_id       = "encrypted"
  description                = "encrypted"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Valkey encrypts at rest unless told otherwise.
resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id = "valkey"
  description          = "valkey default"
  engine               = "valkey"
  node_type            = "cache.t4g.small"
}

resource "aws_elasticache_replication_group" "tiered" {
  replication_group_id = "tiered"
  description          = "data tiering keeps data on encrypted SSDs"
  node_type            = "cache.r6gd.xlarge"
  data_tiering_enabled = true
}

resource "aws_elasticache_global_replication_group" "global" {
  global_replication_group_id_suffix = "global"
  primary_replication_group_id       = aws_elasticache_replication_group.encrypted.id
}

resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "secondary"
  description                 = "member of an encrypted global datastore"
  global_replication_group_id = aws_elasticache_global_replication_group.global.global_replication_group_id
}

variable "at_rest" {
  type = bool
}

resource "aws_elasticache_replication_group" "unknown" {
  replication_group_id       = "unknown"
  description                = "decided at apply"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = var.at_rest
}
