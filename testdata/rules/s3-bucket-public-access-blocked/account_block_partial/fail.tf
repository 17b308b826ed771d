# An account-level block with a setting off covers nothing completely.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls   = true
  block_public_policy = true
  ignore_public_acls  = true
}

resource "aws_s3_bucket" "not_covered" { # expect: s3-bucket-public-access-blocked
  bucket = "not-covered"
}
