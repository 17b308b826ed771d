rule "iam-password-policy-strong" {
  id       = "IAM002"
  title    = "The IAM account password policy requires strong passwords"
  family   = "identity"
  severity = "medium"
  resources = ["aws_iam_account_password_policy"]
  criteria = {
    soc2 = ["CC6.1", "CC6.2"]
    sox  = ["ITGC-AC"]
  }

  # The thresholds follow the common benchmark values: at least 14 characters, the last 24
  # passwords remembered, and all four character classes required.
  assert = (
    self.minimum_password_length != null && self.minimum_password_length >= 14 &&
    self.password_reuse_prevention != null && self.password_reuse_prevention >= 24 &&
    self.require_symbols == true &&
    self.require_numbers == true &&
    self.require_uppercase_characters == true &&
    self.require_lowercase_characters == true
  )

  message     = "the password policy allows weak or reused passwords"
  remediation = "Set minimum_password_length = 14 or more, password_reuse_prevention = 24, and require_symbols, require_numbers, require_uppercase_characters and require_lowercase_characters to true."
  why         = <<-EOT
    The account password policy is the only control AWS applies to IAM user console
    passwords. Short passwords, passwords without a mix of character types and reused
    passwords are the ones guessing and credential-stuffing attacks break first. Auditors
    compare this policy with the organisation's written password standard.
  EOT
}
