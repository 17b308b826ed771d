rule "mfa-privileged-user-policies-require-mfa" {
  id       = "MFA002"
  title    = "Privileged permissions given to IAM users and groups require MFA"
  family   = "identity"
  severity = "medium"
  resources = ["aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_policy"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  parameter "privileged_actions" {
    default     = ["*", "*:*", "iam:*", "organizations:*"]
    description = "Actions (lower case) that make a statement on Resource \"*\" privileged."
  }

  # IAM users sign in with long-lived passwords and keys, so privileged grants to them
  # should hold only with MFA. A policy is judged when it gives users or groups permissions:
  # user and group inline policies always; a managed policy (aws_iam_policy) when this
  # configuration attaches it to a user or group (aws_iam_user_policy_attachment,
  # aws_iam_group_policy_attachment, or aws_iam_policy_attachment with users or groups).
  # Roles are not judged here: MFA for them belongs in the trust policy (MFA001).
  # A privileged statement allows one of privileged_actions on Resource "*". It passes with
  # a condition on aws:MultiFactorAuthPresent or aws:MultiFactorAuthAge, or when the same
  # policy has a Deny statement conditioned on aws:MultiFactorAuthPresent (the usual
  # "deny everything without MFA" pattern).
  # Mapping: MFA is CC6.6 in Steampipe, CC6.1/CC6.2 in ElectricEye; we use CC6.1 and CC6.6.
  assert = !(
    (
      self.user != null || self.group != null ||
      length(referrers("aws_iam_user_policy_attachment", "policy_arn")) > 0 ||
      length(referrers("aws_iam_group_policy_attachment", "policy_arn")) > 0 ||
      anytrue([
        for a in referrers("aws_iam_policy_attachment", "policy_arn") :
        length(coalesce(a.users, [])) + length(coalesce(a.groups, [])) > 0
      ])
    ) &&
    anytrue([
      for s in statements("policy") :
      try(
        s.Effect == "Allow" &&
        anytrue([for a in flatten([s.Action]) : contains(param.privileged_actions, lower(a))]) &&
        contains(flatten([s.Resource]), "*") &&
        !anytrue([
          for op, kv in try(s.Condition, {}) :
          anytrue([for k, v in kv : contains(["aws:multifactorauthpresent", "aws:multifactorauthage"], lower(k))])
        ]),
        false
      )
    ]) &&
    !anytrue([
      for s in statements("policy") :
      try(
        s.Effect == "Deny" &&
        anytrue([
          for op, kv in s.Condition :
          anytrue([for k, v in kv : lower(k) == "aws:multifactorauthpresent"])
        ]),
        false
      )
    ])
  )
  location = "policy"

  message     = "the policy gives IAM users privileged access (\"*\", \"iam:*\" ...) without requiring MFA"
  remediation = "Add a condition to the privileged statement (Bool aws:MultiFactorAuthPresent = \"true\", or NumericLessThan aws:MultiFactorAuthAge), or better, move privileged access to a role that users assume with MFA."
  why         = <<-EOT
    A password or access key of an IAM user can be phished, leaked or guessed. When the
    user's administrative permissions also demand a recent MFA sign-in, a stolen secret
    alone no longer opens the account's most powerful actions. Auditors look for MFA on
    every privileged access path.
  EOT
}
