rule "ses-identity-policy-not-public" {
  id       = "IAM048"
  title    = "SES identity policies do not let everyone send as the identity"
  family   = "identity"
  severity = "high"
  resources = ["aws_ses_identity_policy"]
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
  # a policy known only after apply is undecided (a document written as
  # data.aws_iam_policy_document is judged where it is written by IAM017).
  # SES identity policies are sending authorization policies: they let delegate senders send
  # email as the verified domain or address.
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

  message     = "the sending authorization policy allows any principal (\"*\") with no condition limiting who may call"
  remediation = "Name the accounts or roles that may send as this identity (sending authorization is meant for delegate senders you know), or add a condition such as aws:SourceAccount or aws:PrincipalOrgID."
  why         = <<-EOT
    An SES identity policy authorises other principals to send email from your verified
    domain or address. Granted to everyone, any AWS account can send mail that passes your
    domain's SPF and DKIM checks, which turns the organisation's name into a phishing tool
    and spends its sending reputation.
  EOT
}
