rule "mfa-privileged-roles-require-mfa" {
  id       = "MFA009"
  title    = "Administrator roles that IAM principals assume require MFA"
  family   = "identity"
  severity = "low"
  preset   = "all"
  resources = ["aws_iam_role"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  parameter "administrator_policy_names" {
    default     = ["AdministratorAccess", "IAMFullAccess", "PowerUserAccess"]
    description = "AWS managed policies (names after arn:aws:iam::aws:policy/) that give administrator or equivalent access."
  }

  # A role is privileged when one of administrator_policy_names is attached to it
  # (managed_policy_arns, or an aws_iam_role_policy_attachment / aws_iam_policy_attachment
  # referring to it), as in IAM045. Its trust policy is judged statement by statement: one
  # that allows sts:AssumeRole (or sts:*, *) to an AWS principal (an account, user or role)
  # without a condition on aws:MultiFactorAuthPresent or aws:MultiFactorAuthAge lets a
  # password or access key alone open administrator access. Service and federated (SAML,
  # OIDC) principals are not judged: MFA for federation is the identity provider's.
  # Preset all: a role assumed by automation (another role, a CI runner) cannot present MFA,
  # so such trust is legitimate there; MFA001 already requires MFA or an external id for
  # other accounts. Mapping: MFA is CC6.6 in Steampipe (additional authentication for access
  # from outside), CC6.1/CC6.2 in ElectricEye; we use CC6.1 and CC6.6, as the other MFA rules.
  assert = !(
    anytrue([
      for arn in concat(
        coalesce(self.managed_policy_arns, []),
        [for a in referrers("aws_iam_role_policy_attachment", "role") : a.policy_arn],
        [for a in referrers("aws_iam_policy_attachment", "roles") : a.policy_arn],
      ) :
      startswith(arn, "arn:aws") && anytrue([for n in param.administrator_policy_names : endswith(arn, ":iam::aws:policy/${n}")])
    ]) &&
    anytrue([
      for s in statements("assume_role_policy") :
      try(
        s.Effect == "Allow" &&
        anytrue([for a in flatten([s.Action]) : contains(["sts:assumerole", "sts:*", "*"], lower(a))]) &&
        length(flatten([try(s.Principal.AWS, [])])) > 0 &&
        !anytrue([
          for op, kv in try(s.Condition, {}) :
          anytrue([for k, v in kv : contains(["aws:multifactorauthpresent", "aws:multifactorauthage"], lower(k))])
        ]),
        false
      )
    ])
  )
  location = "assume_role_policy"

  message     = "IAM principals may assume this administrator role without MFA"
  remediation = "Add a condition to the trust statement: Bool aws:MultiFactorAuthPresent = \"true\" (or NumericLessThan aws:MultiFactorAuthAge), or move people to IAM Identity Center, whose sign-in enforces MFA."
  why         = <<-EOT
    Administrator roles are where a stolen credential does most harm. When people switch into
    them from IAM users, requiring MFA in the trust policy means a leaked access key or a
    phished password is not enough to become administrator; the MFA age condition can also
    make administrative sessions short-lived.
  EOT
}
