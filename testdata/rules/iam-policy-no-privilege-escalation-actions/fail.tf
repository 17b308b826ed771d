resource "aws_iam_policy" "policy_editor" {
  name = "policy-editor"
  policy = jsonencode({ # expect: iam-policy-no-privilege-escalation-actions
    Statement = [{ Effect = "Allow", Action = ["iam:CreatePolicyVersion", "iam:GetPolicy"], Resource = "*" }]
  })
}

resource "aws_iam_role_policy" "put_anything" {
  name   = "put-anything"
  role   = "ops"
  policy = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:Put*Policy\", \"Resource\": \"*\"}]}" # expect: iam-policy-no-privilege-escalation-actions
}

data "aws_iam_policy_document" "user_admin" { # expect: iam-policy-no-privilege-escalation-actions
  statement {
    actions   = ["iam:CreateUser", "iam:AttachUserPolicy", "iam:CreateAccessKey"]
    resources = ["*"]
  }
}

resource "aws_iam_group_policy" "user_admin" {
  name   = "user-admin"
  group  = "helpdesk"
  policy = data.aws_iam_policy_document.user_admin.json # expect: iam-policy-no-privilege-escalation-actions
}

variable "trust_editor_actions" {
  type    = list(string)
  default = ["iam:UpdateAssumeRolePolicy"]
}

resource "aws_iam_user_policy" "trust_editor" {
  count = 2
  name  = "trust-editor-${count.index}"
  user  = "svc-${count.index}"
  policy = jsonencode({ # expect: iam-policy-no-privilege-escalation-actions
    Statement = [{ Effect = "Allow", Action = var.trust_editor_actions, Resource = ["*"] }]
  })
}
