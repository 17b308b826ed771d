rule "s3-bucket-public-access-blocked" {
  id       = "NET004"
  title    = "S3 buckets block public access"
  family   = "network"
  severity = "high"
  resources = ["aws_s3_bucket"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # The bucket needs an aws_s3_bucket_public_access_block that refers to it and sets all four
  # settings to true (each defaults to false in the provider), or the configuration must hold
  # an aws_s3_account_public_access_block with all four true, which covers every bucket in the
  # account (the account-level block is assumed to be for the bucket's account).
  assert = anytrue([
    for p in referrers("aws_s3_bucket_public_access_block", "bucket") :
    p.block_public_acls == true && p.block_public_policy == true &&
    p.ignore_public_acls == true && p.restrict_public_buckets == true
  ]) || anytrue([
    for a in resources("aws_s3_account_public_access_block") :
    a.block_public_acls == true && a.block_public_policy == true &&
    a.ignore_public_acls == true && a.restrict_public_buckets == true
  ])

  message     = "no aws_s3_bucket_public_access_block with all four settings true covers this bucket"
  remediation = "Add an aws_s3_bucket_public_access_block for the bucket (or an aws_s3_account_public_access_block for the account) with block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all set to true. Serve public content through CloudFront with origin access control instead."
  why         = <<-EOT
    A single permissive ACL or bucket policy statement can publish a bucket's contents to the
    whole internet. Block Public Access overrides such grants, so declaring it for every bucket
    keeps an accidental policy change from becoming a data leak, and makes the intent
    reviewable in code rather than depending on account defaults.
  EOT

  fix {
    title = "Add an aws_s3_bucket_public_access_block with all four settings true"
    add "aws_s3_bucket_public_access_block" {
      bucket = self.id

      block_public_acls       = true
      block_public_policy     = true
      ignore_public_acls      = true
      restrict_public_buckets = true
    }
  }
}
