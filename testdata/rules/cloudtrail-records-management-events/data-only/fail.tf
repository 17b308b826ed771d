resource "aws_cloudtrail" "objects_only" { # expect: cloudtrail-records-management-events
  name           = "objects-only"
  s3_bucket_name = "audit-trail"

  event_selector {
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
