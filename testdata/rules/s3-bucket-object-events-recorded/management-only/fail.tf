resource "aws_s3_bucket" "ledger" { # expect: s3-bucket-object-events-recorded
  bucket = "ledger"
}

resource "aws_cloudtrail" "management" {
  name                  = "management"
  s3_bucket_name        = "audit-trail"
  is_multi_region_trail = true
}

# Every bucket's objects, but the trail is stopped.
resource "aws_cloudtrail" "stopped_objects" {
  name           = "stopped-objects"
  s3_bucket_name = "audit-trail"
  enable_logging = false

  event_selector {
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
