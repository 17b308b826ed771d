provider "aws" { # expect: account-blocks-public-s3-access
  region = "eu-west-1"
}

resource "aws_s3_account_public_access_block" "partial" {
  block_public_acls   = true
  block_public_policy = true
}
