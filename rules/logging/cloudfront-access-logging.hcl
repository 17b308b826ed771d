rule "cloudfront-access-logging" {
  id       = "LOG014"
  title    = "CloudFront distributions record access logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_cloudfront_distribution"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # Two ways to log: legacy standard logging (a logging_config block with a bucket), or
  # standard logging v2, where an aws_cloudwatch_log_delivery_source names the distribution in
  # its resource_arn (log_type ACCESS_LOGS) and a delivery sends it to CloudWatch Logs, S3 or
  # Firehose. Either passes; the delivery source must refer to the distribution
  # (resource_arn = aws_cloudfront_distribution.x.arn). Real-time logs (Kinesis) are a
  # sampling feed and are not counted.
  assert = (
    try(is_set(self.logging_config[0].bucket), false) ||
    length(referrers("aws_cloudwatch_log_delivery_source", "resource_arn")) > 0
  )
  location = "logging_config"

  message     = "the distribution records no access logs (no logging_config and no log delivery source for it)"
  remediation = "Add a logging_config block with a log bucket, or an aws_cloudwatch_log_delivery_source (log_type = \"ACCESS_LOGS\", resource_arn = the distribution's ARN) with an aws_cloudwatch_log_delivery to a destination."
  why         = <<-EOT
    The distribution is the internet-facing edge of the application and answers many
    requests from its cache without the origin ever seeing them. Only its own access logs
    record those requests, with client address, path, status and edge location, which is
    what probing, scraping and data exfiltration are detected and traced from.
  EOT
}
