resource "aws_iam_policy" "scoped_editor" {
  name = "scoped-editor"
  policy = jsonencode({
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"]
      Resource = "arn:aws:iam::111122223333:policy/app/*"
    }]
  })
}

# Creating and attaching policies to roles only within a permissions boundary.
data "aws_iam_policy_document" "bounded_role_admin" {
  statement {
    actions   = ["iam:CreateRole", "iam:AttachRolePolicy", "iam:PutRolePolicy"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = ["arn:aws:iam::111122223333:policy/boundary"]
    }
  }
}

resource "aws_iam_policy" "read_only" {
  name   = "read-only"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["iam:Get*", "iam:List*", "iam:Generate*"], Resource = "*" }] })
}

resource "aws_iam_policy" "deny_escalation" {
  name   = "deny-escalation"
  policy = jsonencode({ Statement = [{ Effect = "Deny", Action = ["iam:Put*", "iam:Attach*"], Resource = "*" }] })
}

# A key policy names principals: not an identity policy.
data "aws_iam_policy_document" "resource_policy" {
  statement {
    actions   = ["iam:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}
