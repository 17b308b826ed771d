# Writes only still records every change.
resource "aws_cloudtrail" "writes" {
  name           = "writes"
  s3_bucket_name = "audit-trail"

  event_selector {
    read_write_type = "WriteOnly"
  }
}

resource "aws_cloudtrail" "plain" {
  for_each       = toset(["eu", "us"])
  name           = "plain-${each.key}"
  s3_bucket_name = "audit-trail"
}
