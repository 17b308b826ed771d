rule "s3-account-public-access-blocked" {
  id       = "NET025"
  title    = "The account-level S3 Block Public Access has all four settings on"
  family   = "network"
  severity = "high"
  resources = ["aws_s3_account_public_access_block"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Each of the four arguments defaults to false in the provider, so an account-level block
  # declared with some of them left out leaves that protection off for every bucket in the
  # account. (Whether an account has the block at all is an account baseline, not judged
  # here; s3-bucket-public-access-blocked accepts a complete account-level block in the same
  # configuration in place of per-bucket blocks.)
  assert = (
    self.block_public_acls == true &&
    self.block_public_policy == true &&
    self.ignore_public_acls == true &&
    self.restrict_public_buckets == true
  )

  message     = "the account-level S3 public access block leaves one or more of its four settings off"
  remediation = "Set block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all to true; serve public content through CloudFront with origin access control."
  why         = <<-EOT
    The account-level block is the one setting that keeps any bucket in the account, present
    or future, from being made public by an ACL or a bucket policy. Declaring it with some
    settings off gives the impression of protection while leaving that path open.
  EOT
}
