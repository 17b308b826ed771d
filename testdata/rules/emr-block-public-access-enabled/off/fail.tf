resource "aws_emr_block_public_access_configuration" "off" {
  block_public_security_group_rules = false # expect: emr-block-public-access-enabled
}
