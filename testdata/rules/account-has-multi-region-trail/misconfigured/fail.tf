provider "aws" { # expect: account-has-multi-region-trail
  region = "eu-west-1"
}

resource "aws_cloudtrail" "one_region" {
  name           = "one-region"
  s3_bucket_name = "acme-trail"
}

resource "aws_cloudtrail" "stopped" {
  name                  = "stopped"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = true
  enable_logging        = false
}
