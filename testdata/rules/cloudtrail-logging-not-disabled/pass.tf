variable "logging_input" {
  type = bool
}

# enable_logging defaults to true.
resource "aws_cloudtrail" "default_on" {
  name           = "default-on"
  s3_bucket_name = "audit-trail"
}

resource "aws_cloudtrail" "explicitly_on" {
  name           = "explicitly-on"
  s3_bucket_name = "audit-trail"
  enable_logging = true
}

resource "aws_cloudtrail" "undecided" {
  name           = "undecided"
  s3_bucket_name = "audit-trail"
  enable_logging = var.logging_input
}

# A stopped trail that is never created is no finding.
resource "aws_cloudtrail" "never_created" {
  count          = 0
  name           = "never-created"
  s3_bucket_name = "audit-trail"
  enable_logging = false
}
