locals {
  deny_without_mfa = jsonencode({
    Statement = [{
      Sid       = "DenyWithoutMFA"
      Effect    = "Deny"
      NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "sts:GetSessionToken", "iam:ChangePassword"]
      Resource  = "*"
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
    }]
  })
}

resource "aws_iam_user" "dave" {
  name = "dave"
}

resource "aws_iam_user" "erin" {
  name = "erin"
}

resource "aws_iam_user_policy" "dave_mfa" {
  name   = "require-mfa"
  user   = aws_iam_user.dave.name
  policy = local.deny_without_mfa
}

resource "aws_iam_user_login_profile" "dave" {
  user    = aws_iam_user.dave.name
  pgp_key = "keybase:dave"
}

# Erin is not covered by Dave's inline policy, nor by a group she is not in.
resource "aws_iam_user_login_profile" "erin" { # expect: mfa-console-users-mfa-enforced
  user    = aws_iam_user.erin.name
  pgp_key = "keybase:erin"
}

resource "aws_iam_group_policy" "admins_mfa" {
  name   = "require-mfa"
  group  = "admins"
  policy = local.deny_without_mfa
}

resource "aws_iam_user_group_membership" "dave" {
  user   = aws_iam_user.dave.name
  groups = ["admins"]
}
