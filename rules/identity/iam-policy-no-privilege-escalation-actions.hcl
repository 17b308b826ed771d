rule "iam-policy-no-privilege-escalation-actions" {
  id       = "IAM007"
  title    = "IAM policies do not allow privilege escalation actions on every resource"
  family   = "identity"
  severity = "high"
  resources = [
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
    "data.aws_iam_policy_document",
  ]
  criteria = {
    soc2 = ["CC6.1", "CC6.3"]
    sox  = ["ITGC-AC"]
  }

  parameter "privilege_escalation_actions" {
    default = [
      "iam:AddUserToGroup", "iam:AttachGroupPolicy", "iam:AttachRolePolicy", "iam:AttachUserPolicy",
      "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:CreatePolicyVersion", "iam:PutGroupPolicy",
      "iam:PutRolePolicy", "iam:PutUserPolicy", "iam:SetDefaultPolicyVersion", "iam:UpdateAssumeRolePolicy",
      "iam:UpdateLoginProfile",
    ]
    description = "IAM actions that let the holder raise their own or another principal's permissions."
  }
  # A statement escalates when one of its actions matches one of privilege_escalation_actions
  # (wildcards such as iam:Put*, iam:Attach* or iam:* included) and it applies to Resource "*".
  # The bare "*" action is left to IAM001. A condition on iam:PermissionsBoundary or
  # iam:PolicyARN constrains what may be granted and is accepted. Statements naming
  # principals belong to resource policies and are skipped. Policy documents are judged as
  # in IAM001.
  assert = !(
    anytrue([
      for s in flatten([
        statements("policy"),
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
          !contains(["*", "*:*"], a) && wildcard_match(a, param.privilege_escalation_actions)
        ]) &&
        !anytrue([
          for op, kv in try(s.Condition, {}) :
          anytrue([for k, v in kv : contains(["iam:permissionsboundary", "iam:policyarn"], lower(k))])
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
        !contains(["*", "*:*"], a) && wildcard_match(a, param.privilege_escalation_actions)
      ]) &&
      !anytrue([for c in coalesce(s.condition, []) : contains(["iam:permissionsboundary", "iam:policyarn"], lower(c.variable))])
    ])
  )
  location = "policy"

  message     = "a statement allows IAM actions that let the holder raise their own permissions, on every resource"
  remediation = "Limit these IAM actions to the specific users, roles, groups or policies they are meant to manage (Resource ARNs), and require a permissions boundary (condition on iam:PermissionsBoundary) for actions that create or change principals."
  why         = <<-EOT
    Actions such as iam:CreatePolicyVersion, iam:AttachRolePolicy, iam:PutUserPolicy or
    iam:UpdateAssumeRolePolicy let whoever holds them rewrite permissions. Allowed on every
    resource, they let a principal with a narrow job grant itself administrator access, so
    least privilege holds only as long as nobody tries. Auditors treat these grants as
    administrative access.
  EOT
}
