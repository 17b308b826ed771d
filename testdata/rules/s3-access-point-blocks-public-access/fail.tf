variable "ap_block_policy" {
  type    = bool
  default = false
}

resource "aws_s3_access_point" "public_policy_allowed" {
  bucket = "acme-data"
  name   = "public-policy-allowed"

  public_access_block_configuration { # expect: s3-access-point-blocks-public-access
    block_public_acls       = true
    block_public_policy     = var.ap_block_policy
    ignore_public_acls      = true
    restrict_public_buckets = true
  }
}

resource "aws_s3_access_point" "dynamic_open" {
  for_each = toset(["analytics", "partners"])
  bucket   = "acme-data"
  name     = "open-${each.key}"

  dynamic "public_access_block_configuration" { # expect: s3-access-point-blocks-public-access
    for_each = [false]
    content {
      block_public_acls       = public_access_block_configuration.value
      block_public_policy     = public_access_block_configuration.value
      ignore_public_acls      = public_access_block_configuration.value
      restrict_public_buckets = public_access_block_configuration.value
    }
  }
}
