resource "aws_iam_user_policy" "alice_admin" {
  name = "admin"
  user = "alice"
  policy = jsonencode({ # expect: mfa-privileged-user-policies-require-mfa
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_group_policy" "iam_admins" {
  name  = "iam-admins"
  group = "iam-admins"
  # The only condition is not about MFA.
  policy = jsonencode({ # expect: mfa-privileged-user-policies-require-mfa
    Statement = [{
      Effect    = "Allow"
      Action    = ["iam:*", "sts:GetCallerIdentity"]
      Resource  = ["*"]
      Condition = { IpAddress = { "aws:SourceIp" = "203.0.113.0/24" } }
    }]
  })
}

data "aws_iam_policy_document" "org_admin" {
  statement {
    actions   = ["organizations:*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "org_admin" {
  name   = "org-admin"
  policy = data.aws_iam_policy_document.org_admin.json # expect: mfa-privileged-user-policies-require-mfa
}

resource "aws_iam_group" "org_admins" {
  name = "org-admins"
}

resource "aws_iam_group_policy_attachment" "org_admins" {
  group      = aws_iam_group.org_admins.name
  policy_arn = aws_iam_policy.org_admin.arn
}

locals {
  full_access = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*:*\", \"Resource\": \"*\"}]}"
}

resource "aws_iam_policy" "full_access" {
  name   = "full-access"
  policy = local.full_access # expect: mfa-privileged-user-policies-require-mfa
}

resource "aws_iam_user_policy_attachment" "bob_full_access" {
  user       = "bob"
  policy_arn = aws_iam_policy.full_access.arn
}

resource "aws_iam_policy" "shared_admin" {
  name   = "shared-admin"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] }) # expect: mfa-privileged-user-policies-require-mfa
}

resource "aws_iam_policy_attachment" "shared_admin" {
  name       = "shared-admin"
  users      = ["carol"]
  policy_arn = aws_iam_policy.shared_admin.arn
}
