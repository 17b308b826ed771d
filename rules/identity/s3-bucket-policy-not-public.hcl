rule "s3-bucket-policy-not-public" {
  id       = "IAM009"
  title    = "S3 bucket policies do not grant access to everyone"
  family   = "identity"
  severity = "high"
  resources = ["aws_s3_bucket_policy", "aws_s3_bucket"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  parameter "principal_restricting_condition_keys" {
    default = [
      "aws:principalaccount", "aws:principalarn", "aws:principalorgid", "aws:principalorgpaths",
      "aws:sourceaccount", "aws:sourcearn", "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths",
      "aws:sourceip", "aws:sourcevpc", "aws:sourcevpce", "aws:userid", "aws:username",
      "kms:calleraccount",
    ]
    description = "Condition keys (lower case) that limit who may use a policy statement with a wildcard principal."
  }

  # A statement is public when it allows Principal "*" (or {"AWS": "*"}, or a NotPrincipal)
  # and no Condition key limits the caller: an account, organisation, source ARN, network
  # or VPC endpoint (principal_restricting_condition_keys). Conditions such as
  # aws:SecureTransport do not narrow who may call, so they do not count. Policies are read
  # when they are literals, jsonencode(...) of known values, or a policy document's json;
  # a policy known only after apply is undecided.
  assert = !anytrue([
    for s in statements("policy") :
    try(
      s.Effect == "Allow" &&
      (
        lookup(s, "NotPrincipal", null) != null ||
        try(s.Principal == "*", false) ||
        contains(flatten([try(s.Principal.AWS, [])]), "*")
      ) &&
      !anytrue([
        for op, kv in try(s.Condition, {}) :
        anytrue([for k, v in kv : contains(param.principal_restricting_condition_keys, lower(k))])
      ]),
      false
    )
  ])
  location = "policy"

  message     = "the bucket policy allows any principal (\"*\") with no condition limiting who may call"
  remediation = "Name the accounts, roles or services that need access in Principal, or add a condition such as aws:PrincipalOrgID, aws:SourceVpce or aws:SourceArn. Serve public content through CloudFront with an origin access control instead of a public bucket policy."
  why         = <<-EOT
    A bucket policy with a wildcard principal lets anyone on the internet, signed in to AWS or
    not, perform the allowed actions. Public buckets are the most common source of cloud data
    leaks, and a public write or delete grant also lets strangers plant or destroy data.
    Auditors expect every grant to outside parties to be named and justified. Note that the
    account's or bucket's S3 Block Public Access settings may reject such a policy; this rule
    judges the policy as written.
  EOT
}
