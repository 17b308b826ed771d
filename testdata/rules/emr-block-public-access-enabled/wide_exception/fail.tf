variable "exception_ranges" {
  default = [
    { min = 22, max = 22 },
    { min = 8000, max = 10000 },
  ]
}

resource "aws_emr_block_public_access_configuration" "wide" {
  block_public_security_group_rules = true # expect: emr-block-public-access-enabled

  dynamic "permitted_public_security_group_rule_range" {
    for_each = var.exception_ranges
    content {
      min_range = permitted_public_security_group_rule_range.value.min
      max_range = permitted_public_security_group_rule_range.value.max
    }
  }
}
