rule "mfa-cross-account-trust-requires-mfa-or-external-id" {
  id       = "MFA001"
  title    = "Roles trusted by other AWS accounts require MFA or an external ID"
  family   = "identity"
  severity = "medium"
  resources = ["aws_iam_role", "data.aws_iam_policy_document"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  parameter "trusted_account_ids" {
    default     = []
    description = "AWS account ids (12 digits) treated as your own: principals in them are not cross-account."
  }

  # A trust statement (Allow sts:AssumeRole, sts:* or *) whose AWS principals include an
  # account id or an IAM/STS ARN of an account is cross-account: a configuration does not say
  # which account it is applied in, so every literal account counts unless it is listed in
  # trusted_account_ids. A principal built from data.aws_caller_identity (the usual way to
  # name one's own account) is known only after apply, so such a statement is undecided
  # rather than reported. The statement passes with a condition on aws:MultiFactorAuthPresent
  # or aws:MultiFactorAuthAge (people) or sts:ExternalId (a third party's service).
  # Principal "*" is IAM005's concern. Federated trust (sts:AssumeRoleWithSAML,
  # sts:AssumeRoleWithWebIdentity) is not judged: MFA is then enforced by the identity
  # provider, which the configuration does not show.
  #
  # Mapping: Steampipe maps MFA checks to CC6.6 ("requires additional authentication"),
  # ElectricEye to CC6.1 and CC6.2; we use CC6.1 and CC6.6, as authentication of a party from
  # outside the account boundary.
  assert = !(
    anytrue([
      for s in statements("assume_role_policy") :
      try(
        s.Effect == "Allow" &&
        anytrue([for a in flatten([s.Action]) : contains(["sts:assumerole", "sts:*", "*"], lower(a))]) &&
        anytrue([
          for p in flatten([try(s.Principal.AWS, [])]) :
          can(regex("^[0-9]{12}$|^arn:aws[a-z-]*:(iam|sts)::[0-9]{12}:", p)) &&
          !contains(param.trusted_account_ids, regex("[0-9]{12}", p))
        ]) &&
        !anytrue([
          for op, kv in try(s.Condition, {}) :
          anytrue([for k, v in kv : contains(["aws:multifactorauthpresent", "aws:multifactorauthage", "sts:externalid"], lower(k))])
        ]),
        false
      )
    ]) ||
    anytrue([
      for s in coalesce(self.statement, []) :
      (s.effect == null || s.effect == "Allow") &&
      anytrue([for a in coalesce(s.actions, []) : contains(["sts:assumerole", "sts:*", "*"], lower(a))]) &&
      anytrue([
        for p in coalesce(s.principals, []) :
        p.type == "AWS" && anytrue([
          for id in coalesce(p.identifiers, []) :
          can(regex("^[0-9]{12}$|^arn:aws[a-z-]*:(iam|sts)::[0-9]{12}:", id)) &&
          !contains(param.trusted_account_ids, regex("[0-9]{12}", id))
        ])
      ]) &&
      !anytrue([
        for c in coalesce(s.condition, []) :
        contains(["aws:multifactorauthpresent", "aws:multifactorauthage", "sts:externalid"], lower(c.variable))
      ])
    ])
  )
  location = "assume_role_policy"

  message     = "another AWS account may assume the role without MFA or an external ID"
  remediation = "Add a condition to the trust statement: Bool aws:MultiFactorAuthPresent = true (or NumericLessThan aws:MultiFactorAuthAge) when people assume the role, or StringEquals sts:ExternalId when a third party's service does. List your own accounts in the trusted_account_ids parameter."
  why         = <<-EOT
    A role that another account may assume extends the system boundary to whoever controls
    that account. When people switch into the role, requiring MFA in the trust policy means a
    stolen access key or password alone does not give the role's permissions. When a vendor's
    service assumes it, an external ID prevents the vendor's other customers from steering
    that service into this account (the confused deputy problem).
  EOT
}
