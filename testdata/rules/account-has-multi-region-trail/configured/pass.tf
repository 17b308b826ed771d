provider "aws" {
  region = "eu-west-1"
}

resource "aws_cloudtrail" "all" {
  name                  = "all-regions"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = true
}
