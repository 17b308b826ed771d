resource "aws_iam_user_policy" "admin_with_mfa" {
  name = "admin"
  user = "dave"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "*"
      Resource  = "*"
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

# Allow everything, deny everything but MFA self-service when signed in without MFA.
resource "aws_iam_group_policy" "admins_mfa_enforced" {
  name  = "admins"
  group = "admins"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "*", Resource = "*" },
      {
        Effect    = "Deny"
        NotAction = ["iam:ChangePassword", "iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "sts:GetSessionToken"]
        Resource  = "*"
        Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
      },
    ]
  })
}

resource "aws_iam_group_policy" "readers" {
  name   = "readers"
  group  = "readers"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:Get*", "s3:List*"], Resource = "*" }] })
}

# Privileged, but attached to a role only: MFA belongs in the role's trust policy.
resource "aws_iam_policy" "role_admin" {
  name   = "role-admin"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

resource "aws_iam_role_policy_attachment" "role_admin" {
  role       = "break-glass"
  policy_arn = aws_iam_policy.role_admin.arn
}

resource "aws_iam_policy_attachment" "roles_only" {
  name       = "roles-only"
  roles      = ["deployer"]
  policy_arn = aws_iam_policy.role_admin.arn
}

# iam:* on a single user's ARN is not account-wide.
resource "aws_iam_user_policy" "self_service" {
  name   = "self-service"
  user   = "erin"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "iam:*", Resource = "arn:aws:iam::111122223333:user/erin" }] })
}
