rule "account-has-password-policy" {
  id        = "IAM040"
  title     = "An AWS account configuration sets an IAM password policy"
  family    = "identity"
  severity  = "medium"
  preset    = "account-baseline"
  resources = ["provider.aws"]
  criteria = {
    soc2 = ["CC6.1", "CC6.2"]
    sox  = ["ITGC-AC"]
  }

  # Without an aws_iam_account_password_policy the account keeps AWS's default policy (8
  # characters, no reuse or age limits). How strong a declared policy is, is another rule's concern.
  assert = self.alias != null || length(resources("aws_iam_account_password_policy")) > 0

  message     = "the configuration deploys into an AWS account but sets no IAM password policy"
  remediation = "Add an aws_iam_account_password_policy (length of 14 or more, reuse prevention, and so on), or manage IAM users through an identity provider and say so in the exception."
  why         = <<-EOT
    IAM users' console passwords follow the account's password policy. AWS's default asks for
    little, so an account without one lets weak passwords in; an auditor looks for the policy as
    the control over credential strength.
  EOT
}
