resource "aws_s3_bucket" "invoices" { # expect: s3-bucket-object-events-recorded
  bucket = "invoices"
}

# Only one prefix of the bucket, and a different bucket: neither covers the whole of it.
resource "aws_cloudtrail" "narrow" {
  name           = "narrow"
  s3_bucket_name = "audit-trail"

  event_selector {
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::invoices/2024/", "arn:aws:s3:::invoices-archive/"]
    }
  }

  advanced_event_selector {
    name = "Archive only"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field       = "resources.ARN"
      starts_with = ["arn:aws:s3:::invoices-archive/"]
    }
  }
}
