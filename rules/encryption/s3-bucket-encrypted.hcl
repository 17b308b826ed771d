rule "s3-bucket-encrypted" {
  id       = "ENC001"
  title    = "S3 buckets encrypt objects at rest by default"
  family   = "encryption"
  severity = "high"
  resources = ["aws_s3_bucket"]
  criteria = {
    soc2 = ["CC6.1"]
  }

  # Since AWS provider v4 the configuration usually lives in its own resource.
  assert = (
    is_set(self.server_side_encryption_configuration) ||
    length(referrers("aws_s3_bucket_server_side_encryption_configuration", "bucket")) > 0
  )
  location = "server_side_encryption_configuration"

  message     = "the bucket has no default server-side encryption configuration"
  remediation = "Add an aws_s3_bucket_server_side_encryption_configuration for this bucket with sse_algorithm \"aws:kms\" (or \"AES256\")."
  why         = <<-EOT
    Default encryption makes every object written to the bucket encrypted at rest without
    relying on each writer to ask for it. Auditors test encryption at rest as part of logical
    access controls: a bucket without it cannot show that stored data is protected if the
    storage layer is accessed outside the application.
  EOT
}
