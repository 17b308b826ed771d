rule "s3-bucket-encrypted-with-kms" {
  id       = "ENC001"
  title    = "S3 buckets encrypt new objects by default with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_s3_bucket"]
  criteria = {
    # Encryption at rest is CC6.1's point of focus "uses encryption to protect data"; Prowler
    # files S3 encryption under PI1.4/PI1.5 (processing integrity), which we do not follow:
    # the control restricts who can read stored data, it does not make processing complete.
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Until 2023 this rule asked for any default encryption. Since 5 January 2023 S3 encrypts
  # every new object with SSE-S3 when the bucket says nothing, and a bucket's default
  # encryption can no longer be removed, so "no configuration" is not "unencrypted". What still
  # varies is the key: SSE-KMS (or DSSE-KMS) with a key the account manages. The configuration
  # may sit inline (provider v3) or in aws_s3_bucket_server_side_encryption_configuration
  # (v4+), where `rule` may hold several entries (any one counts). A named kms_master_key_id
  # counts, including references to a key created elsewhere (unknown before apply), except a
  # literal AWS managed alias ("alias/aws/s3" or its ARN form), which is what S3 uses anyway
  # when aws:kms names no key.
  assert = anytrue([
    for c in concat(
      coalesce(self.server_side_encryption_configuration, []),
      referrers("aws_s3_bucket_server_side_encryption_configuration", "bucket"),
    ) :
    anytrue([
      for r in coalesce(c.rule, []) :
      anytrue([
        for d in coalesce(r.apply_server_side_encryption_by_default, []) :
        contains(["aws:kms", "aws:kms:dsse"], d.sse_algorithm) &&
        (is_set(d.kms_master_key_id) && !(is_known(d.kms_master_key_id) && (startswith(d.kms_master_key_id, "alias/aws/") || strcontains(d.kms_master_key_id, ":alias/aws/"))))
      ])
    ])
  ])
  location = "server_side_encryption_configuration"

  message     = "the bucket's default encryption does not use a customer managed KMS key (objects get SSE-S3 only)"
  remediation = "Add an aws_s3_bucket_server_side_encryption_configuration for the bucket with sse_algorithm = \"aws:kms\" and kms_master_key_id set to a customer managed key (bucket_key_enabled = true keeps KMS request costs down)."
  why         = <<-EOT
    S3 encrypts every new object at rest: with SSE-S3 (keys S3 owns) unless the bucket asks
    for more. SSE-S3 protects against access to the storage media, but anyone allowed to read
    the object reads it in clear. With SSE-KMS and a customer managed key, reading an object
    also needs permission on the key, which the key policy grants separately, every use of the
    key is logged in CloudTrail, and disabling the key makes the data unreadable. Policies
    that classify data as confidential often require this separation of duties; it is not
    needed for every bucket, so the rule belongs to the "all" preset.
  EOT
}
