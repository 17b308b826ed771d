rule "iam-role-trust-names-principals" {
  id       = "IAM005"
  title    = "IAM role trust policies name the principals that may assume the role"
  family   = "identity"
  severity = "critical"
  resources = ["aws_iam_role", "data.aws_iam_policy_document"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # A trust statement that allows Principal "*" (or {"AWS": "*"}) without any Condition lets
  # any AWS identity in any account assume the role. Statements with a Condition (for example
  # aws:PrincipalOrgID or sts:ExternalId) are accepted. Policy documents are judged where they
  # are written: a statement allowing sts:AssumeRole to principal "*" without a condition can
  # only serve as an open trust policy.
  assert = !(
    anytrue([
      for s in statements("assume_role_policy") :
      try(
        s.Effect == "Allow" && lookup(s, "Condition", null) == null &&
        (s.Principal == "*" || contains(flatten([try(s.Principal.AWS, [])]), "*")),
        false
      )
    ]) ||
    anytrue([
      for s in coalesce(self.statement, []) :
      (s.effect == null || s.effect == "Allow") && s.condition == null &&
      anytrue([for a in coalesce(s.actions, []) : contains(["sts:AssumeRole", "sts:*", "*"], a)]) &&
      anytrue([
        for p in coalesce(s.principals, []) :
        contains(["AWS", "*"], p.type) && contains(coalesce(p.identifiers, []), "*")
      ])
    ])
  )
  location = "assume_role_policy"

  message     = "the trust policy lets any AWS principal assume the role, with no condition"
  remediation = "Name the trusted accounts, roles or services in Principal, or add a Condition that limits who may assume the role (for example aws:PrincipalOrgID or sts:ExternalId)."
  why         = <<-EOT
    The trust policy decides who can become the role. A wildcard principal without
    conditions means anyone with an AWS account, inside or outside the organisation, can
    obtain the role's permissions, which puts the system boundary in the hands of strangers.
  EOT
}
