resource "aws_iam_user_login_profile" "plain" { # expect: iam-console-password-not-readable-in-state
  user = "alice"
}

variable "reset_on_first_login" {
  type    = bool
  default = false
}

resource "aws_iam_user_login_profile" "no_reset" { # expect: iam-console-password-not-readable-in-state
  for_each                = toset(["bob", "carol"])
  user                    = each.key
  password_length         = 24
  password_reset_required = var.reset_on_first_login
}

# An empty key is no key.
resource "aws_iam_user_login_profile" "empty_key" {
  user    = "dave"
  pgp_key = "" # expect: iam-console-password-not-readable-in-state
}
