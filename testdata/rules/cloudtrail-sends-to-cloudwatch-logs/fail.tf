resource "aws_cloudtrail" "s3_only" { # expect: cloudtrail-sends-to-cloudwatch-logs
  name           = "s3-only"
  s3_bucket_name = "audit-trail"
}

variable "cloudwatch_log_group_arn" {
  type    = string
  default = ""
}

# An empty string, as modules default it, is no log group.
resource "aws_cloudtrail" "empty_arn" {
  name                       = "empty-arn"
  s3_bucket_name             = "audit-trail"
  cloud_watch_logs_group_arn = var.cloudwatch_log_group_arn # expect: cloudtrail-sends-to-cloudwatch-logs
}
