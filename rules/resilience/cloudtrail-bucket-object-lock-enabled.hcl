rule "cloudtrail-bucket-object-lock-enabled" {
  id       = "RES021"
  title    = "S3 buckets that receive CloudTrail logs have Object Lock"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_s3_bucket"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-PC"]
  }

  # Only buckets that an aws_cloudtrail names in s3_bucket_name are judged. Object Lock is on
  # when the bucket is created with object_lock_enabled = true (provider v4 and later), with
  # the inline object_lock_configuration of provider v3, or when an
  # aws_s3_bucket_object_lock_configuration refers to the bucket (which can also enable it on
  # an existing versioned bucket).
  # Preset "all": retention that even administrators cannot shorten is a commitment the
  # organisation makes for its audit evidence. Mapping: CC7.2 and CC7.3 (the logs that
  # detection and incident evaluation rely on stay complete); SOX ITGC-PC, as the trail is the
  # record of changes.
  assert = (
    length(referrers("aws_cloudtrail", "s3_bucket_name")) == 0 ||
    self.object_lock_enabled == true ||
    try(self.object_lock_configuration[0].object_lock_enabled == "Enabled", false) ||
    length(referrers("aws_s3_bucket_object_lock_configuration", "bucket")) > 0
  )
  location = "object_lock_enabled"

  message     = "the bucket holding CloudTrail logs has no Object Lock, so the logs can be deleted or overwritten"
  remediation = "Create the bucket with object_lock_enabled = true and add an aws_s3_bucket_object_lock_configuration with a default retention (GOVERNANCE or COMPLIANCE mode) covering the log retention period."
  why         = <<-EOT
    An intruder with enough permissions deletes the trail's log files to hide what was done.
    Object Lock keeps each log object immutable for its retention period, even against the
    account's administrators in compliance mode, so the audit trail survives the incident it
    has to explain.
  EOT
}
