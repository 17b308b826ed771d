rule "account-blocks-public-s3-access" {
  id        = "NET030"
  title     = "An AWS account configuration blocks public S3 access account-wide"
  family    = "network"
  severity  = "medium"
  preset    = "account-baseline"
  resources = ["provider.aws"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # The account-level S3 Block Public Access setting overrides any bucket's policy or ACL. All
  # four switches are asked for; an unset one defaults to false.
  assert = self.alias != null || anytrue([
    for b in resources("aws_s3_account_public_access_block") :
    b.block_public_acls == true && b.block_public_policy == true &&
    b.ignore_public_acls == true && b.restrict_public_buckets == true
  ])

  message     = "the configuration deploys into an AWS account but does not block public S3 access account-wide"
  remediation = "Add an aws_s3_account_public_access_block with block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all true; serve public content through CloudFront with origin access control instead."
  why         = <<-EOT
    A single public bucket is one of the most common causes of data exposure. The account-wide
    block makes that impossible whatever a later bucket's policy says, which is the boundary
    protection CC6.6 asks for.
  EOT
}
