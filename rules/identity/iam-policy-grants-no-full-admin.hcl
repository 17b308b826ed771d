rule "iam-policy-grants-no-full-admin" {
  id       = "IAM001"
  title    = "IAM policies do not grant every action on every resource"
  family   = "identity"
  severity = "high"
  resources = [
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
    "data.aws_iam_policy_document",
    "aws_iam_role",
  ]
  criteria = {
    soc2 = ["CC1.3", "CC6.3"]
    sox  = ["ITGC-AC"]
  }

  # A statement is full administrator access when it allows Action "*" (or "*:*", which IAM
  # reads the same way) on Resource "*". Inline policies written in an aws_iam_role's
  # inline_policy blocks are judged too (the finding then points at the role).
  # Statements naming a principal belong to resource policies and are left to other rules.
  # Policy strings are read when they are literals or jsonencode(...) of known values. A policy
  # document data source is judged by its own statements that no override document can
  # replace (those without a sid, or all of them when there is no override document) and,
  # when it merges other documents in, by the json it renders.
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
        (contains(flatten([s.Action]), "*") || contains(flatten([s.Action]), "*:*")) &&
        contains(flatten([s.Resource]), "*"),
        false
      )
    ]) ||
    anytrue([
      for s in coalesce(self.statement, []) :
      (s.sid == null || (length(coalesce(self.override_policy_documents, [])) == 0 && self.override_json == null)) &&
      (s.effect == null || s.effect == "Allow") && s.principals == null && s.not_principals == null &&
      (contains(coalesce(s.actions, []), "*") || contains(coalesce(s.actions, []), "*:*")) &&
      contains(coalesce(s.resources, []), "*")
    ])
  )
  location = "policy"

  message     = "a statement allows every action (\"*\") on every resource (\"*\")"
  remediation = "Replace the wildcard statement with the specific actions and resources the principal needs. Where full administrator access is truly intended, attach the AWS managed AdministratorAccess policy to a tightly controlled role so that the grant is explicit and reviewable."
  why         = <<-EOT
    A policy that allows "*" on "*" gives whoever holds it complete control of the account,
    including the power to change their own permissions and to erase audit trails. Least
    privilege asks that each identity receive only the access its job requires, and
    wildcard grants written inline make that impossible to review.
  EOT
}
