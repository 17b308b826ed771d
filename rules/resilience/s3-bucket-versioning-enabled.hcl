rule "s3-bucket-versioning-enabled" {
  id       = "RES001"
  title    = "S3 buckets keep previous object versions"
  family   = "resilience"
  severity = "medium"
  resources = ["aws_s3_bucket"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
    sox  = ["ITGC-CO"]
  }

  # Versioning is on with an inline versioning { enabled = true } (provider v3 style), an
  # aws_s3_bucket_versioning for this bucket, or Object Lock, which turns versioning on by
  # itself. A separate aws_s3_bucket_versioning whose status is not "Enabled" is reported on
  # that resource's status by s3-bucket-versioning-not-suspended (RES006), where the fix is,
  # so this rule accepts any versioning resource rather than report the bucket twice.
  # Mapping: A1.2 (back-up processes), CC7.4 (Steampipe, Prowler: restores operations).
  # SOX ITGC-CO.
  assert = (
    self.object_lock_enabled == true ||
    try(self.object_lock_configuration[0].object_lock_enabled == "Enabled", false) ||
    anytrue([for v in coalesce(self.versioning, []) : v.enabled == true]) ||
    anytrue([
      for r in referrers("aws_s3_bucket_versioning", "bucket") : true
    ])
  )
  location = "versioning"

  message     = "versioning is not enabled for the bucket"
  remediation = "Add an aws_s3_bucket_versioning for this bucket with versioning_configuration { status = \"Enabled\" }, and a lifecycle rule that expires noncurrent versions after the retention period you need."
  why         = <<-EOT
    With versioning, an overwritten or deleted object can be restored from its previous
    version, which protects against mistakes, faulty deployments and ransomware that
    rewrites data. Without it, a single bad write destroys the only copy.
  EOT

  fix {
    title = "Add an aws_s3_bucket_versioning with status = \"Enabled\""
    add "aws_s3_bucket_versioning" {
      bucket = self.id

      versioning_configuration {
        status = "Enabled"
      }
    }
  }
}
