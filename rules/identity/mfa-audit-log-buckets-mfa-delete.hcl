rule "mfa-audit-log-buckets-mfa-delete" {
  id       = "MFA006"
  title    = "Buckets that receive audit logs require MFA to delete object versions"
  family   = "identity"
  severity = "low"
  preset   = "all"
  resources = ["aws_s3_bucket"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # A bucket holds audit logs when, in this configuration, a CloudTrail trail
  # (aws_cloudtrail.s3_bucket_name), an S3 server access logging configuration
  # (aws_s3_bucket_logging.target_bucket), an AWS Config delivery channel
  # (aws_config_delivery_channel.s3_bucket_name) or a flow log (aws_flow_log.log_destination)
  # refers to it. A target written as a literal bucket name (target_bucket = "acme-logs")
  # is not followed: referrers() matches literal names only in `bucket` arguments. Targets named inside nested blocks (aws_lb access_logs, the legacy inline
  # logging block, CloudFront logging_config) cannot be followed by referrers(), so those
  # buckets are not judged. Such a bucket passes with MFA delete on (aws_s3_bucket_versioning
  # versioning_configuration.mfa_delete = "Enabled", or the legacy inline
  # versioning { mfa_delete = true }), or with S3 Object Lock, which protects the versions
  # more strongly. Preset all and low: MFA delete can be turned on only by the root user
  # with its MFA device (Terraform needs the `mfa` argument with a live code at apply), so
  # many organisations prefer Object Lock or a separate log archive account.
  assert = (
    (
      length(referrers("aws_cloudtrail", "s3_bucket_name")) == 0 &&
      length(referrers("aws_s3_bucket_logging", "target_bucket")) == 0 &&
      length(referrers("aws_config_delivery_channel", "s3_bucket_name")) == 0 &&
      length(referrers("aws_flow_log", "log_destination")) == 0
    ) ||
    anytrue([
      for v in referrers("aws_s3_bucket_versioning", "bucket") :
      try(v.versioning_configuration[0].mfa_delete == "Enabled", false)
    ]) ||
    try(self.versioning[0].mfa_delete == true, false) ||
    self.object_lock_enabled == true ||
    length(referrers("aws_s3_bucket_object_lock_configuration", "bucket")) > 0
  )

  message     = "the bucket receives audit logs, but its object versions can be deleted without MFA"
  remediation = "Enable versioning with MFA delete (root user, with its MFA device: aws_s3_bucket_versioning with versioning_configuration { status = \"Enabled\", mfa_delete = \"Enabled\" } and mfa = \"<serial> <code>\"), or protect the logs with S3 Object Lock, ideally in a separate log archive account."
  why         = <<-EOT
    Audit logs are evidence only if the people whose actions they record cannot erase them.
    With MFA delete, permanently deleting a log version or suspending versioning needs the
    root user's MFA device, so stolen credentials or a rogue administrator cannot quietly
    remove the trail of what they did.
  EOT
}
