variable "min_length_input" {
  type = number
}

resource "aws_iam_account_password_policy" "strong" {
  minimum_password_length        = 16
  password_reuse_prevention      = 24
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
}

# Everything else is strong; the length is not known yet.
resource "aws_iam_account_password_policy" "unknown_length" {
  minimum_password_length      = var.min_length_input
  password_reuse_prevention    = 24
  require_lowercase_characters = true
  require_numbers              = true
  require_uppercase_characters = true
  require_symbols              = true
}
