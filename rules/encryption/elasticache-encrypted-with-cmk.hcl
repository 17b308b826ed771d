rule "elasticache-encrypted-with-cmk" {
  id       = "ENC070"
  title    = "ElastiCache data is encrypted at rest with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_elasticache_replication_group", "aws_elasticache_serverless_cache"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Replication groups with at-rest encryption switched off explicitly are ENC019's and not judged.
  # Serverless caches are always encrypted, with an AWS owned key unless kms_key_id names one.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = try(self.at_rest_encryption_enabled, null) == false || (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/"))))
  location = "kms_key_id"

  message     = "the cache is encrypted at rest with an AWS owned or managed key, not a customer managed key"
  remediation = "Set kms_key_id to a customer managed KMS key (with at_rest_encryption_enabled = true on a replication group). It can only be set when the cache is created."
  why         = <<-EOT
    ElastiCache encrypts data at rest, snapshots included, with a key AWS owns or manages unless
    kms_key_id names another. A customer managed key lets the account revoke access to the data
    and its backups, and records every use in CloudTrail. Policy-dependent: preset "all".
  EOT
}
