rule "s3-bucket-acl-not-public" {
  id       = "NET026"
  title    = "S3 bucket ACLs do not grant access to everyone"
  family   = "network"
  severity = "high"
  resources = ["aws_s3_bucket", "aws_s3_bucket_acl"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Canned ACLs public-read, public-read-write and authenticated-read (any AWS account), or
  # grants to the AllUsers or AuthenticatedUsers groups: in aws_s3_bucket_acl's
  # access_control_policy, or in the inline acl and grant arguments of aws_s3_bucket
  # (provider v3 style). Buckets created since April 2023 have ACLs disabled unless object
  # ownership is changed, so such an ACL is also a deliberate opt-out.
  assert = !(
    contains(["public-read", "public-read-write", "authenticated-read"], lower(coalesce(self.acl, "private"))) ||
    anytrue([
      for g in flatten(concat(
        [for p in coalesce(self.access_control_policy, []) : coalesce(p.grant, [])],
        [coalesce(self.grant, [])]
      )) :
      try(contains(["http://acs.amazonaws.com/groups/global/AllUsers", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"], g.uri), false) ||
      anytrue([
        for ge in coalesce(try(g.grantee, null), []) :
        try(contains(["http://acs.amazonaws.com/groups/global/AllUsers", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"], ge.uri), false)
      ])
    ])
  )
  location = "acl"

  message     = "the bucket ACL grants access to everyone or to every AWS account"
  remediation = "Use the private ACL (or none: set object ownership to BucketOwnerEnforced to disable ACLs), grant access through bucket policies naming principals, and serve public content through CloudFront with origin access control."
  why         = <<-EOT
    A public-read or authenticated-read ACL lets anyone on the internet (or anyone with any
    AWS account) list or read the bucket, and public-read-write lets them write to it. ACL
    grants are easy to overlook in review because they bypass the bucket policy, and they
    are a classic source of data exposure.
  EOT
}
