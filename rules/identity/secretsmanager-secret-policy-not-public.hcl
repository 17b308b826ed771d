rule "secretsmanager-secret-policy-not-public" {
  id       = "IAM014"
  title    = "Secrets Manager secret policies do not grant access to everyone"
  family   = "identity"
  severity = "critical"
  resources = ["aws_secretsmanager_secret_policy", "aws_secretsmanager_secret"]
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

  message     = "the secret's resource policy allows any principal (\"*\") with no condition limiting who may call"
  remediation = "Name the roles that read the secret in Principal, or add a condition such as aws:PrincipalOrgID or aws:PrincipalArn."
  why         = <<-EOT
    A secret's resource policy with a wildcard principal offers the credential to any AWS
    account that knows its ARN. Secrets are the keys to other systems, so this exposes far more
    than the secret itself.
  EOT
}
