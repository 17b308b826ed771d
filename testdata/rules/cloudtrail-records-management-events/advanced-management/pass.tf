resource "aws_cloudtrail" "advanced" {
  name           = "advanced"
  s3_bucket_name = "audit-trail"

  advanced_event_selector {
    name = "Management events"

    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
  }

  dynamic "advanced_event_selector" {
    for_each = toset(["AWS::S3::Object", "AWS::DynamoDB::Table"])
    content {
      name = "Data events for ${advanced_event_selector.value}"

      field_selector {
        field  = "eventCategory"
        equals = ["Data"]
      }

      field_selector {
        field  = "resources.type"
        equals = [advanced_event_selector.value]
      }
    }
  }
}
