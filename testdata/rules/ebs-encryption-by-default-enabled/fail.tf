resource "aws_ebs_encryption_by_default" "off" {
  enabled = false # expect: ebs-encryption-by-default-enabled
}

variable "regions_with_default" {
  type    = map(bool)
  default = { primary = true, legacy = false }
}

resource "aws_ebs_encryption_by_default" "per_region" {
  for_each = var.regions_with_default
  enabled  = each.value # expect: ebs-encryption-by-default-enabled
}
