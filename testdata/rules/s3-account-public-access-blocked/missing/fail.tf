resource "aws_s3_account_public_access_block" "acls_only" { # expect: s3-account-public-access-blocked
  block_public_acls  = true
  ignore_public_acls = true
}
