rule "policy-document-grants-no-public-access" {
  id       = "IAM017"
  title    = "Policy documents do not grant access to everyone"
  family   = "identity"
  severity = "high"
  resources = ["data.aws_iam_policy_document"]
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

  # Only resource policies name principals, so a document statement that allows principal "*"
  # (type "*", or type "AWS" with identifier "*") or uses not_principals, with no condition
  # on a key that limits the caller, is public wherever the document is attached. This rule
  # judges the document where it is written, so it works even when the document's resources
  # are ARNs known only after apply (which leaves the rendered json, and the rules that read
  # a bucket, queue or key policy, undecided). Statements that only allow sts:AssumeRole and
  # its variants are trust policies, judged by IAM005. As in IAM001, a statement an override
  # document may replace (one with a sid, when there is an override document) is not judged
  # on its own; documents that merge others are also judged by the json they render.
  assert = !(
    anytrue([
      for s in coalesce(self.statement, []) :
      (s.sid == null || (length(coalesce(self.override_policy_documents, [])) == 0 && self.override_json == null)) &&
      (s.effect == null || s.effect == "Allow") &&
      !alltrue([for a in coalesce(s.actions, ["x"]) : can(regex("^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext)$", a))]) &&
      (
        length(coalesce(s.not_principals, [])) > 0 ||
        anytrue([
          for p in coalesce(s.principals, []) :
          contains(["AWS", "*"], p.type) && contains(coalesce(p.identifiers, []), "*")
        ])
      ) &&
      !anytrue([
        for c in coalesce(s.condition, []) :
        contains(param.principal_restricting_condition_keys, lower(c.variable))
      ])
    ]) ||
    anytrue([
      for s in (
        (
          length(concat(coalesce(self.source_policy_documents, []), coalesce(self.override_policy_documents, []))) == 0 &&
          self.source_json == null && self.override_json == null
        ) ? [] : statements("json")
      ) :
      try(
        s.Effect == "Allow" &&
        !alltrue([for a in flatten([lookup(s, "Action", "x")]) : can(regex("^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext)$", a))]) &&
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
  )

  message     = "a statement allows any principal (\"*\") with no condition limiting who may call"
  remediation = "Name the accounts, roles or services that need access in principals, or add a condition on a key that limits the caller (aws:PrincipalOrgID, aws:SourceArn, aws:SourceAccount, aws:SourceVpce, aws:SourceIp)."
  why         = <<-EOT
    A resource policy is the only place a grant to the world can be written. A statement with
    a wildcard principal and no condition on the caller lets any AWS account, and for S3
    and OpenSearch anonymous callers too, use the resource, whatever the identity policies
    of the organisation say. Auditors expect grants to outside parties to be named and
    justified.
  EOT
}
