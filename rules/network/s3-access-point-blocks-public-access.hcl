rule "s3-access-point-blocks-public-access" {
  id       = "NET031"
  title    = "S3 access points keep Block Public Access on"
  family   = "network"
  severity = "high"
  resources = ["aws_s3_access_point"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # An access point's four Block Public Access settings default to true and cannot be
  # changed after creation. The rule reports one written as false. An access point with a
  # vpc_configuration accepts requests only from that VPC, so it cannot be public whatever
  # the settings say, and passes.
  assert = is_set(self.vpc_configuration) || alltrue([
    for c in coalesce(self.public_access_block_configuration, []) : (
      c.block_public_acls != false && c.block_public_policy != false &&
      c.ignore_public_acls != false && c.restrict_public_buckets != false
    )
  ])
  location = "public_access_block_configuration"

  message     = "the access point turns off a Block Public Access setting, so a policy or ACL could make data public through it"
  remediation = "Leave all four public_access_block_configuration settings true (their default), or restrict the access point to a VPC with vpc_configuration. The settings cannot be changed on an existing access point: replace it."
  why         = <<-EOT
    Access points are separate doors into a bucket, each with its own policy. With Block
    Public Access off on the access point, a single permissive access point policy exposes
    the bucket's objects to anyone, even when the bucket itself blocks public access.
  EOT
}
