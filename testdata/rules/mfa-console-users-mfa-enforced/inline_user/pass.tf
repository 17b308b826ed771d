resource "aws_iam_user" "frank" {
  name = "frank"
}

resource "aws_iam_user_login_profile" "frank" {
  user    = aws_iam_user.frank.name
  pgp_key = "keybase:frank"
}

resource "aws_iam_user_policy" "frank_mfa" {
  name = "require-mfa"
  user = aws_iam_user.frank.name
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": {
        "Effect": "Deny",
        "NotAction": ["iam:*MFA*", "sts:GetSessionToken", "iam:ChangePassword"],
        "Resource": "*",
        "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}
      }
    }
  EOT
}
