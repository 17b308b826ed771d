rule "iam-passrole-not-on-all-resources" {
  id       = "IAM006"
  title    = "IAM policies do not allow passing any role"
  family   = "identity"
  severity = "medium"
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

  # A statement allows iam:PassRole when one of its actions matches it, wildcards included
  # (iam:Pass*, iam:*), and it applies to Resource "*". The bare "*" action is left to IAM001.
  # A condition on iam:PassedToService or iam:AssociatedResourceArn limits where the role may
  # go and is accepted. Statements naming principals belong to resource policies and are
  # skipped. Policy documents are judged as in IAM001.
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
          !contains(["*", "*:*"], a) && wildcard_match(a, "iam:PassRole")
        ]) &&
        !anytrue([
          for op, kv in try(s.Condition, {}) :
          anytrue([for k, v in kv : contains(["iam:passedtoservice", "iam:associatedresourcearn"], lower(k))])
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
        !contains(["*", "*:*"], a) && wildcard_match(a, "iam:PassRole")
      ]) &&
      !anytrue([for c in coalesce(s.condition, []) : contains(["iam:passedtoservice", "iam:associatedresourcearn"], lower(c.variable))])
    ])
  )
  location = "policy"

  message     = "a statement allows iam:PassRole on every role (Resource \"*\")"
  remediation = "List the ARNs of the roles the principal may pass in Resource (arn:aws:iam::ACCOUNT:role/app-*), and add a condition on iam:PassedToService naming the service that receives them."
  why         = <<-EOT
    iam:PassRole lets a principal hand a role to a service (an EC2 instance, a Lambda
    function, a CloudFormation stack), which then acts with that role's permissions. Allowed
    on every role, it lets the principal launch something with the most powerful role in the
    account and act through it: one of the most common privilege escalation paths in AWS.
  EOT
}
