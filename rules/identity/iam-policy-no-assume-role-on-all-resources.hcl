rule "iam-policy-no-assume-role-on-all-resources" {
  id       = "IAM043"
  title    = "IAM policies do not let a principal assume every role (sts:AssumeRole on Resource \"*\")"
  family   = "identity"
  severity = "medium"
  preset   = "recommended"
  resources = [
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
    "data.aws_iam_policy_document",
    "aws_iam_role",
  ]
  criteria = {
    soc2 = ["CC6.1", "CC6.3"]
    sox  = ["ITGC-AC"]
  }

  parameter "assume_role_actions" {
    default     = ["sts:AssumeRole"]
    description = "Actions that let the holder take on another role's permissions."
  }

  # An identity policy statement that allows sts:AssumeRole (or a wildcard covering it, such
  # as sts:* or sts:Assume*) on Resource "*" lets the holder assume every role whose trust
  # policy trusts the holder's account: a trust policy naming the account ("arn:aws:iam::
  # ACCOUNT:root") delegates the decision to exactly these identity policies, so such a
  # statement reaches every role in the account trusted that way, administrator roles
  # included, and roles in other accounts that trust this one. The bare "*" action is left to
  # IAM001. A condition on an aws:Resource... key (aws:ResourceAccount, aws:ResourceOrgID,
  # aws:ResourceTag/...) narrows the roles and is accepted. Statements naming principals are
  # trust or resource policies and are skipped. Policy documents are judged as in IAM001.
  assert = !(
    anytrue([
      for s in flatten([
        statements("policy"),
        [for p in coalesce(try(self.inline_policy, null), []) : try(jsondecode(p.policy).Statement, [])],
        (
          length(concat(coalesce(self.source_policy_documents, []), coalesce(self.override_policy_documents, []))) == 0 &&
          self.source_json == null && self.override_json == null
        ) ? [] : statements("json"),
      ]) :
      try(
        s.Effect == "Allow" && lookup(s, "Principal", null) == null && lookup(s, "NotPrincipal", null) == null &&
        contains(flatten([s.Resource]), "*") &&
        anytrue([
          for a in flatten([s.Action]) :
          !contains(["*", "*:*"], a) && wildcard_match(a, param.assume_role_actions)
        ]) &&
        !anytrue([
          for op, kv in try(s.Condition, {}) :
          anytrue([for k, v in kv : anytrue([for p in ["aws:resource"] : startswith(lower(k), p)])])
        ]),
        false
      )
    ]) ||
    anytrue([
      for s in coalesce(self.statement, []) :
      (s.sid == null || (length(coalesce(self.override_policy_documents, [])) == 0 && self.override_json == null)) &&
      (s.effect == null || s.effect == "Allow") && s.principals == null && s.not_principals == null &&
      contains(coalesce(s.resources, []), "*") &&
      anytrue([
        for a in coalesce(s.actions, []) :
        !contains(["*", "*:*"], a) && wildcard_match(a, param.assume_role_actions)
      ]) &&
      !anytrue([for c in coalesce(s.condition, []) : anytrue([for p in ["aws:resource"] : startswith(lower(c.variable), p)])])
    ])
  )
  location = "policy"

  message     = "a statement allows sts:AssumeRole on every role (Resource \"*\")"
  remediation = "List the ARNs of the roles the principal needs to assume (a path or name prefix with a wildcard is fine), or add a condition on aws:ResourceTag or aws:ResourceAccount that selects them."
  why         = <<-EOT
    A role whose trust policy names its account trusts every identity in that account that
    an identity policy allows to assume it. Granting sts:AssumeRole on all resources therefore
    lets the holder become any such role, including administrator and break-glass roles, so
    its effective permissions are the union of all of them, which a reviewer of this policy
    cannot see.
  EOT
}
