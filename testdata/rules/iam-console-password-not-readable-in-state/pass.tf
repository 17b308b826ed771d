resource "aws_iam_user_login_profile" "encrypted" {
  user    = "erin"
  pgp_key = "keybase:erin"
}

resource "aws_iam_user_login_profile" "reset" {
  user                    = "frank"
  password_reset_required = true
}

variable "user_pgp_key" {
  type = string
}

resource "aws_iam_user_login_profile" "key_from_caller" {
  user    = "gina"
  pgp_key = var.user_pgp_key
}
