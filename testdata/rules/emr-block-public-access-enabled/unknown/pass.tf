variable "block" {
  type = bool
}

resource "aws_emr_block_public_access_configuration" "from_variable" {
  block_public_security_group_rules = var.block
}
