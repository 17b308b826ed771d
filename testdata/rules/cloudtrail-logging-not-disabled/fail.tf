resource "aws_cloudtrail" "stopped" {
  name           = "stopped"
  s3_bucket_name = "audit-trail"
  enable_logging = false # expect: cloudtrail-logging-not-disabled
}

variable "trail_enabled" {
  type    = bool
  default = false
}

resource "aws_cloudtrail" "stopped_by_variable" {
  name           = "stopped-by-variable"
  s3_bucket_name = "audit-trail"
  enable_logging = var.trail_enabled # expect: cloudtrail-logging-not-disabled
}

locals {
  environment = "sandbox"
}

resource "aws_cloudtrail" "stopped_outside_production" {
  name           = "stopped-outside-production"
  s3_bucket_name = "audit-trail"
  enable_logging = local.environment == "production" # expect: cloudtrail-logging-not-disabled
}
