variable "management_read_write" {
  type    = string
  default = "ReadOnly"
}

resource "aws_cloudtrail" "reads_only" { # expect: cloudtrail-records-management-events
  name           = "reads-only"
  s3_bucket_name = "audit-trail"

  event_selector {
    read_write_type = var.management_read_write
  }
}

# A stopped trail records nothing either.
resource "aws_cloudtrail" "stopped" { # expect: cloudtrail-records-management-events
  name           = "stopped"
  s3_bucket_name = "audit-trail"
  enable_logging = false
}
