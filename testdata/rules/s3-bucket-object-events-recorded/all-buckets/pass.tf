resource "aws_s3_bucket" "payroll" {
  bucket = "payroll"
}

resource "aws_s3_bucket" "unnamed" {
  bucket_prefix = "scratch-"
}

resource "aws_cloudtrail" "all_objects" {
  name           = "all-objects"
  s3_bucket_name = "audit-trail"

  event_selector {
    read_write_type = "All"

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
