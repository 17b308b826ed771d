rule "mfa-console-users-mfa-enforced" {
  id       = "MFA003"
  title    = "IAM users with console passwords are made to use MFA"
  family   = "identity"
  severity = "medium"
  resources = ["aws_iam_user_login_profile"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # AWS cannot be told to require MFA at sign-in for IAM users; the documented way is a
  # policy that denies everything except MFA self-service while aws:MultiFactorAuthPresent
  # is false (BoolIfExists). Whether the user has a device is runtime state; this rule asks
  # that the configuration enforce it. Enforcing means a Deny statement conditioned on
  # aws:MultiFactorAuthPresent, found in:
  #   - an inline policy of this user (aws_iam_user_policy with the same user name);
  #   - an inline policy of a group the user joins here (aws_iam_user_group_membership,
  #     aws_iam_group_membership);
  #   - any customer managed policy (aws_iam_policy) or policy document in the configuration:
  #     their attachments name ARNs known only after apply, so which users they reach cannot
  #     be followed, and their presence is taken as the configuration's MFA enforcement.
  # A policy attached from outside this configuration (another stack, an AWS managed policy)
  # cannot be seen: record the exception if that is how MFA is enforced.
  # Mapping: MFA is CC6.6 in Steampipe, CC6.1/CC6.2 in ElectricEye; we use CC6.1 and CC6.6.
  assert = (
    anytrue([
      for p in resources("aws_iam_user_policy") :
      p.user == self.user && anytrue([
        for s in flatten([try(jsondecode(p.policy).Statement, [])]) :
        try(s.Effect == "Deny" && anytrue([for op, kv in s.Condition : anytrue([for k, v in kv : lower(k) == "aws:multifactorauthpresent"])]), false)
      ])
    ]) ||
    anytrue([
      for p in resources("aws_iam_group_policy") :
      contains(concat(
        flatten([for m in resources("aws_iam_user_group_membership") : m.user == self.user ? coalesce(m.groups, []) : []]),
        [for m in resources("aws_iam_group_membership") : m.group if contains(coalesce(m.users, []), self.user)]
      ), p.group) && anytrue([
        for s in flatten([try(jsondecode(p.policy).Statement, [])]) :
        try(s.Effect == "Deny" && anytrue([for op, kv in s.Condition : anytrue([for k, v in kv : lower(k) == "aws:multifactorauthpresent"])]), false)
      ])
    ]) ||
    anytrue([
      for p in resources("aws_iam_policy") :
      anytrue([
        for s in flatten([try(jsondecode(p.policy).Statement, [])]) :
        try(s.Effect == "Deny" && anytrue([for op, kv in s.Condition : anytrue([for k, v in kv : lower(k) == "aws:multifactorauthpresent"])]), false)
      ])
    ]) ||
    anytrue([
      for d in resources("data.aws_iam_policy_document") :
      anytrue([
        for s in coalesce(d.statement, []) :
        s.effect == "Deny" && anytrue([for c in coalesce(s.condition, []) : lower(c.variable) == "aws:multifactorauthpresent"])
      ])
    ])
  )

  message     = "nothing in this configuration makes this console user sign in with MFA"
  remediation = "Attach to the user, or to a group it belongs to, a policy that denies all actions except MFA self-service (iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:ListMFADevices, sts:GetSessionToken, iam:ChangePassword) when BoolIfExists aws:MultiFactorAuthPresent is false. Better still, replace IAM users with IAM Identity Center, which can require MFA at sign-in."
  why         = <<-EOT
    A console password alone is a single factor that can be phished or reused from another
    breach. IAM has no switch that makes MFA mandatory for a user, so unless a policy
    withholds permissions until the user has signed in with MFA, users may simply never
    register a device. Auditors ask for MFA on all interactive access.
  EOT
}
