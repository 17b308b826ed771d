rule "s3-bucket-replicated" {
  id        = "RES023"
  title     = "S3 buckets are replicated to another bucket"
  family    = "resilience"
  severity  = "low"
  preset    = "all"
  resources = ["aws_s3_bucket"]
  criteria = {
    soc2 = ["A1.2", "CC9.1"]
    sox  = ["ITGC-CO"]
  }

  # A bucket passes when a replication configuration copies it (aws_s3_bucket_replication_configuration
  # naming it as `bucket`, or the provider v3 inline replication_configuration block), or when it
  # is itself the destination of one (`rule.destination.bucket`): a replica needs no replica.
  # Whether every bucket must be replicated is a recovery-objective decision, so the rule is
  # in the "all" preset.
  assert = (
    is_set(self.replication_configuration) ||
    length(referrers("aws_s3_bucket_replication_configuration", "bucket")) > 0 ||
    length(referrers("aws_s3_bucket_replication_configuration", "rule.destination.bucket")) > 0
  )

  message     = "the bucket is not replicated to another bucket, and is not a replica"
  remediation = "Add an aws_s3_bucket_replication_configuration that copies the bucket to a bucket in another region or account (versioning must be enabled on both), where the recovery plan needs a copy that survives the loss of the region or account."
  why         = <<-EOT
    S3 stores objects redundantly within a region, which protects against device failure but
    not against losing the region, the account or a deletion that versioning does not catch.
    Replication keeps a second copy elsewhere, which is how a recovery plan for data in S3
    meets objectives that assume a regional outage or a compromised account.
  EOT
}
