rule "s3-bucket-access-logging-enabled" {
  id       = "LOG003"
  title    = "S3 buckets record server access logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_s3_bucket"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # Since AWS provider v4 logging usually lives in aws_s3_bucket_logging. Buckets that receive
  # access logs themselves (the target of an aws_s3_bucket_logging or of another bucket's
  # inline logging, the destination of load balancer access logs, or with the
  # log-delivery-write ACL) are not asked to log: their own access log would land in a bucket
  # that again needs one, and they hold logs, not the data the logs are about.
  assert = (
    is_set(self.logging) ||
    length(referrers("aws_s3_bucket_logging", "bucket")) > 0 ||
    length(referrers("aws_s3_bucket_logging", "target_bucket")) > 0 ||
    length(referrers("aws_s3_bucket", "logging.target_bucket")) > 0 ||
    length(referrers("aws_lb", "access_logs.bucket")) > 0 ||
    length(referrers("aws_alb", "access_logs.bucket")) > 0 ||
    length(referrers("aws_elb", "access_logs.bucket")) > 0 ||
    self.acl == "log-delivery-write"
  )
  location = "logging"

  message     = "the bucket has no server access logging"
  remediation = "Add an aws_s3_bucket_logging for this bucket with target_bucket set to a dedicated log bucket."
  why         = <<-EOT
    Server access logs record each request made to the bucket: who asked, from where, for
    which object and with what result. CloudTrail records object reads and writes only when
    data events are enabled (and paid for), so without access logs there is often no way to
    tell what was read after a bucket is exposed.
  EOT
}
