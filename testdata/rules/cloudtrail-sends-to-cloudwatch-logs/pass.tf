resource "aws_cloudwatch_log_group" "trail" {
  name              = "/audit/cloudtrail"
  retention_in_days = 365
}

resource "aws_iam_role" "trail_to_logs" {
  name = "trail-to-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "cloudtrail.amazonaws.com" }
    }]
  })
}

# The group's ARN is known only after apply: it counts as set.
resource "aws_cloudtrail" "to_logs" {
  name                       = "to-logs"
  s3_bucket_name             = "audit-trail"
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
}

resource "aws_cloudtrail" "literal_arn" {
  name                       = "literal-arn"
  s3_bucket_name             = "audit-trail"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/audit/org:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/trail-to-logs"
}
