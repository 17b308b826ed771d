# The main trail records management events; the second one adds S3 data events only.
resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "audit-trail"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "objects" {
  name           = "objects"
  s3_bucket_name = "audit-trail"

  event_selector {
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
