rule "sns-topic-policy-not-public" {
  id       = "IAM011"
  title    = "SNS topic policies do not grant access to everyone"
  family   = "identity"
  severity = "high"
  resources = ["aws_sns_topic_policy", "aws_sns_topic"]
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

  message     = "the topic policy allows any principal (\"*\") with no condition limiting who may call"
  remediation = "Name the principals or services that may publish or subscribe, or add a condition such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID."
  why         = <<-EOT
    A topic policy with a wildcard principal lets any AWS account publish to the topic or
    subscribe an endpoint of its own to it, which leaks every message sent through it or
    lets outsiders trigger the systems that consume it.
  EOT
}
