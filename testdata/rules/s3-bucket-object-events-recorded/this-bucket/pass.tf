variable "bucket_name" {
  type    = string
  default = "statements"
}

resource "aws_s3_bucket" "statements" {
  bucket = var.bucket_name
}

resource "aws_cloudtrail" "statements" {
  name           = "statements"
  s3_bucket_name = "audit-trail"

  event_selector {
    data_resource {
      type   = "AWS::Lambda::Function"
      values = ["arn:aws:lambda"]
    }

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::${var.bucket_name}/"]
    }
  }
}

# The data resource names the bucket by reference (its ARN is known only after apply).
resource "aws_s3_bucket" "by_reference" {
  bucket = "by-reference"
}

resource "aws_cloudtrail" "by_reference" {
  name           = "by-reference"
  s3_bucket_name = "audit-trail"

  event_selector {
    data_resource {
      type   = "AWS::S3::Object"
      values = ["${aws_s3_bucket.by_reference.arn}/"]
    }
  }
}
