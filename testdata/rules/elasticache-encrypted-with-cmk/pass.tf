resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_elasticache_replication_group" "cmk" {
  replication_group_id       = "cmk"
  description                = "cmk"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.data.arn
}

resource "aws_elasticache_serverless_cache" "cmk" {
  engine     = "redis"
  name       = "cmk"
  kms_key_id = aws_kms_key.data.arn
}

# At-rest encryption off: judged by the at-rest rule.
resource "aws_elasticache_replication_group" "plain" {
  replication_group_id       = "plain"
  description                = "plain"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = false
}
