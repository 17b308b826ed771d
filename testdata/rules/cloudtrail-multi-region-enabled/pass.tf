variable "multi_region_input" {
  type = bool
}

resource "aws_cloudtrail" "all_regions" {
  name                  = "all-regions"
  s3_bucket_name        = "audit-trail"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "unknown" {
  name                  = "unknown"
  s3_bucket_name        = "audit-trail"
  is_multi_region_trail = var.multi_region_input
}
