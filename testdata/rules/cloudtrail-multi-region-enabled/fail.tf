resource "aws_cloudtrail" "single_region" { # expect: cloudtrail-multi-region-enabled
  name           = "single-region"
  s3_bucket_name = "audit-trail"
}

variable "multi_region" {
  default = false
}

resource "aws_cloudtrail" "from_variable" {
  name                  = "from-variable"
  s3_bucket_name        = "audit-trail"
  is_multi_region_trail = var.multi_region # expect: cloudtrail-multi-region-enabled
}
