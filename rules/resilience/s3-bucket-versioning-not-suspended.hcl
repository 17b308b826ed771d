rule "s3-bucket-versioning-not-suspended" {
  id       = "RES006"
  title    = "S3 versioning configurations keep versioning enabled"
  family   = "resilience"
  severity = "medium"
  resources = ["aws_s3_bucket_versioning"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
    sox  = ["ITGC-CO"]
  }

  # The split resource of provider v4 and later. "Suspended" stops keeping new versions (the
  # old ones stay); "Disabled" is only accepted for a bucket that never had versioning, and
  # means none. Either way overwrites and deletes from then on destroy the only copy. The
  # finding points at the status, where the fix is; s3-bucket-versioning-enabled (RES001)
  # accepts the bucket itself once a versioning resource refers to it. A status known only
  # after apply is undecided.
  # Mapping as RES001: A1.2, CC7.4 (restores operations, per Steampipe and Prowler); ITGC-CO.
  assert   = try(self.versioning_configuration[0].status == "Enabled", false)
  location = "versioning_configuration.status"

  message     = "the bucket's versioning status is not Enabled (Suspended or Disabled)"
  remediation = "Set versioning_configuration { status = \"Enabled\" }, and expire noncurrent versions with a lifecycle rule if storage cost is the concern."
  why         = <<-EOT
    A versioning resource that suspends or disables versioning looks like a versioned bucket
    in a quick review but keeps no previous versions: an overwrite, a faulty deployment or
    ransomware that rewrites objects then destroys the only copy. Suspending versioning to
    save storage is better done with a lifecycle rule that expires old versions after the
    retention period.
  EOT
}
