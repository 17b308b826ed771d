rule "glacier-vault-policy-not-public" {
  id       = "IAM015"
  title    = "Glacier vault access policies do not grant access to everyone"
  family   = "identity"
  severity = "high"
  resources = ["aws_glacier_vault"]
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
    for s in statements("access_policy") :
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
  location = "access_policy"

  message     = "the vault access policy allows any principal (\"*\") with no condition limiting who may call"
  remediation = "Name the accounts or roles that need access in Principal, or add a condition such as aws:PrincipalOrgID."
  why         = <<-EOT
    Archives in Glacier vaults are usually backups and records kept for compliance. A vault
    policy with a wildcard principal lets any AWS account retrieve or, when allowed, delete
    them.
  EOT
}
