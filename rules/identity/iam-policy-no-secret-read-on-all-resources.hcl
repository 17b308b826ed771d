rule "iam-policy-no-secret-read-on-all-resources" {
  id       = "IAM044"
  title    = "IAM policies do not read every secret, parameter or key (secret reads on Resource \"*\")"
  family   = "identity"
  severity = "medium"
  preset   = "all"
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

  parameter "secret_read_actions" {
    default     = ["secretsmanager:GetSecretValue", "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "kms:Decrypt"]
    description = "Actions that return a secret's value or decrypt it."
  }

  # A statement allows reading secrets everywhere when one of its actions matches
  # secret_read_actions (wildcards such as secretsmanager:* or ssm:Get* included) and it
  # applies to Resource "*". The bare "*" action is left to IAM001. A condition that selects
  # the secrets or keys is accepted: a key starting with aws:Resource (aws:ResourceTag/...,
  # aws:ResourceAccount), kms:ViaService, kms:EncryptionContext..., secretsmanager:ResourceTag
  # or secretsmanager:SecretId, ssm:ResourceTag. Statements naming principals are resource
  # policies and are skipped. For kms:Decrypt the key policy must also let IAM policies grant
  # access (the default key policy does), so the grant is as wide as it looks.
  # Preset all: service roles for backup, migration or secret-scanning tools legitimately read
  # everything; in application roles this is the data exfiltration path peers report.
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
          !contains(["*", "*:*"], a) && wildcard_match(a, param.secret_read_actions)
        ]) &&
        !anytrue([
          for op, kv in try(s.Condition, {}) :
          anytrue([for k, v in kv : anytrue([for p in ["aws:resource", "kms:viaservice", "kms:encryptioncontext", "secretsmanager:resourcetag", "secretsmanager:secretid", "ssm:resourcetag"] : startswith(lower(k), p)])])
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
        !contains(["*", "*:*"], a) && wildcard_match(a, param.secret_read_actions)
      ]) &&
      !anytrue([for c in coalesce(s.condition, []) : anytrue([for p in ["aws:resource", "kms:viaservice", "kms:encryptioncontext", "secretsmanager:resourcetag", "secretsmanager:secretid", "ssm:resourcetag"] : startswith(lower(c.variable), p)])])
    ])
  )
  location = "policy"

  message     = "a statement allows reading secrets, parameters or decrypting with every key (Resource \"*\")"
  remediation = "Name the secrets, parameter paths and keys the principal reads (ARNs, or a path prefix such as arn:aws:ssm:REGION:ACCOUNT:parameter/app/*), or add a condition on a resource tag or kms:ViaService."
  why         = <<-EOT
    Secrets Manager secrets, SecureString parameters and KMS keys hold the credentials of
    every other system. A principal that may read all of them can take on every database,
    service account and API key in the account, so the compromise of one workload becomes
    the compromise of all, and access reviews cannot tell which secrets a role really uses.
  EOT
}
