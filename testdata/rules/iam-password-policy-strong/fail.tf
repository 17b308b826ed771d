resource "aws_iam_account_password_policy" "weak" { # expect: iam-password-policy-strong
  minimum_password_length        = 8
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_symbols                = true
  allow_users_to_change_password = true
}

variable "min_length" {
  type = number
}

# Length is unknown, but reuse prevention is missing, so the policy fails regardless.
resource "aws_iam_account_password_policy" "no_reuse_prevention" { # expect: iam-password-policy-strong
  minimum_password_length      = var.min_length
  require_lowercase_characters = true
  require_numbers              = true
  require_uppercase_characters = true
  require_symbols              = true
}

resource "aws_iam_account_password_policy" "defaults" { # expect: iam-password-policy-strong
  allow_users_to_change_password = true
}
