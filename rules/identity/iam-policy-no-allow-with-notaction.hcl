rule "iam-policy-no-allow-with-notaction" {
  id       = "IAM039"
  title    = "IAM policies do not allow every action but a listed few (Allow with NotAction on all resources)"
  family   = "identity"
  severity = "medium"
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

  # An Allow statement with NotAction grants every action of every service except those
  # listed, including services and actions AWS adds later; on Resource "*" it is close to
  # administrator access (AWS's own PowerUserAccess is built this way, and is an explicit
  # choice when attached by ARN). AWS documents NotAction with Allow as a pattern to use
  # with care, and with Deny as the usual guard rail: Deny + NotAction is not judged.
  # Statements naming principals belong to resource policies and are skipped. Statements
  # with a Condition are accepted (for example aws:RequestedRegion or aws:MultiFactorAuthPresent
  # limiting the broad grant). Policy documents are judged as in IAM001, inline_policy blocks of
  # aws_iam_role too.
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
        lookup(s, "NotAction", null) != null && lookup(s, "Condition", null) == null &&
        (contains(flatten([lookup(s, "Resource", [])]), "*") || lookup(s, "NotResource", null) != null),
        false
      )
    ]) ||
    anytrue([
      for s in coalesce(self.statement, []) :
      (s.sid == null || (length(coalesce(self.override_policy_documents, [])) == 0 && self.override_json == null)) &&
      (s.effect == null || s.effect == "Allow") && s.principals == null && s.not_principals == null &&
      length(coalesce(s.not_actions, [])) > 0 && length(coalesce(s.condition, [])) == 0 &&
      (contains(coalesce(s.resources, []), "*") || length(coalesce(s.not_resources, [])) > 0)
    ])
  )
  location = "policy"

  message     = "a statement allows every action except those listed in NotAction, on all resources, without a condition"
  remediation = "List the actions the principal needs in Action instead. If a broad grant with exceptions is really intended, attach the AWS managed policy that expresses it (PowerUserAccess) so the choice is explicit, or limit the statement with a Condition."
  why         = <<-EOT
    NotAction in an Allow statement is an allow list turned inside out: everything not named
    is granted, including services the author never considered and ones AWS launches later.
    Reviewers cannot tell from the policy what the principal can actually do, which defeats
    least privilege and the periodic access review it relies on.
  EOT
}
