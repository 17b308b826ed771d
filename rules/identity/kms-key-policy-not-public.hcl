rule "kms-key-policy-not-public" {
  id       = "IAM012"
  title    = "KMS key policies do not grant access to everyone"
  family   = "identity"
  severity = "critical"
  resources = ["aws_kms_key", "aws_kms_key_policy"]
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

  message     = "the key policy allows any principal (\"*\") with no condition limiting who may call"
  remediation = "Grant the key to named principals (the account root, specific roles), or keep the wildcard only together with kms:CallerAccount, kms:ViaService with an account condition, or aws:PrincipalOrgID."
  why         = <<-EOT
    Whoever can use a key can read everything encrypted with it. A key policy that allows any
    principal without an account or organisation condition makes the encryption of the data it
    protects meaningless and lets outsiders schedule the key for deletion or change its policy
    when those actions are granted.
  EOT
}
