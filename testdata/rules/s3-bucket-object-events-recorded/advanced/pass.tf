resource "aws_s3_bucket" "contracts" {
  bucket = "contracts"
}

resource "aws_s3_bucket" "exports" {
  bucket = "exports"
}

resource "aws_cloudtrail" "advanced" {
  name           = "advanced"
  s3_bucket_name = "audit-trail"

  advanced_event_selector {
    name = "Management"
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
  }

  advanced_event_selector {
    name = "Contracts objects"
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
      starts_with = ["arn:aws:s3:::contracts/", "arn:aws:s3:::exports/"]
    }
  }
}
