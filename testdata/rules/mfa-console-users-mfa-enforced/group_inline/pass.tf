resource "aws_iam_user" "people" {
  for_each = toset(["gina", "hal"])
  name     = each.key
}

resource "aws_iam_group" "console" {
  name = "console-users"
}

resource "aws_iam_group_membership" "console" {
  name  = "console-users"
  group = aws_iam_group.console.name
  users = [for u in aws_iam_user.people : u.name]
}

resource "aws_iam_group_policy" "console_mfa" {
  name  = "require-mfa"
  group = aws_iam_group.console.name
  policy = jsonencode({
    Statement = [{
      Effect    = "Deny"
      NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "sts:GetSessionToken"]
      Resource  = "*"
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
    }]
  })
}

resource "aws_iam_user_login_profile" "people" {
  for_each = aws_iam_user.people
  user     = each.value.name
  pgp_key  = "keybase:ops"
}
