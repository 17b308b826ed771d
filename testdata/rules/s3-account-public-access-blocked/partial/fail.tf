variable "restrict" {
  default = false
}

resource "aws_s3_account_public_access_block" "partial" { # expect: s3-account-public-access-blocked
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = var.restrict
}
