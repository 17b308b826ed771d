rule "opensearch-domain-policy-not-public" {
  id       = "IAM016"
  title    = "OpenSearch domain access policies do not grant access to everyone"
  family   = "identity"
  severity = "high"
  resources = ["aws_opensearch_domain", "aws_opensearch_domain_policy", "aws_elasticsearch_domain", "aws_elasticsearch_domain_policy"]
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
  # A domain inside a VPC is reachable only through its security groups, but its policy is
  # still the access control on top; a wildcard there is reported either way.
  assert = !anytrue([
    for s in statements("access_policies") :
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
  location = "access_policies"

  message     = "the domain access policy allows any principal (\"*\") with no condition limiting who may call"
  remediation = "Name the roles that query the domain in Principal, restrict the policy with aws:SourceIp, or place the domain in a VPC and rely on security groups and fine-grained access control."
  why         = <<-EOT
    An OpenSearch access policy with a wildcard principal and no IP condition lets anyone who
    can reach the endpoint read, write and delete indexes without signing requests. Exposed
    search clusters are a frequent source of mass data leaks.
  EOT
}
