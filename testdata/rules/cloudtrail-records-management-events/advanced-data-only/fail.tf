resource "aws_cloudtrail" "lambda_invocations" { # expect: cloudtrail-records-management-events
  name           = "lambda-invocations"
  s3_bucket_name = "audit-trail"

  advanced_event_selector {
    name = "Lambda invocations"

    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }

    field_selector {
      field  = "resources.type"
      equals = ["AWS::Lambda::Function"]
    }
  }

  advanced_event_selector {
    name = "Management reads"

    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }

    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
  }
}
