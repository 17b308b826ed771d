rule "s3-bucket-versioning-enabled" {
  id       = "RES001"
  title    = "S3 buckets keep previous object versions"
  family   = "resilience"
  severity = "medium"
  resources = ["aws_s3_bucket"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
  }

  # Versioning is on with an inline versioning { enabled = true } (provider v3 style), an
  # aws_s3_bucket_versioning for this bucket with status "Enabled", or Object Lock, which
  # turns versioning on by itself.
  assert = (
    self.object_lock_enabled == true ||
    try(self.object_lock_configuration[0].object_lock_enabled == "Enabled", false) ||
    anytrue([for v in coalesce(self.versioning, []) : v.enabled == true]) ||
    anytrue([
      for r in referrers("aws_s3_bucket_versioning", "bucket") :
      try(r.versioning_configuration[0].status == "Enabled", false)
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
}
