resource "aws_iam_role" "admin_no_mfa" {
  name = "admin"
  assume_role_policy = jsonencode({ # expect: mfa-privileged-roles-require-mfa
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::111122223333:root" } }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

data "aws_iam_policy_document" "operators" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:user/alice", "arn:aws:iam::111122223333:user/bob"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalTag/team"
      values   = ["platform"]
    }
  }
}

resource "aws_iam_role" "power_users" {
  count              = 1
  name               = "power-users"
  assume_role_policy = data.aws_iam_policy_document.operators.json # expect: mfa-privileged-roles-require-mfa
}

resource "aws_iam_role_policy_attachment" "power_users" {
  role       = aws_iam_role.power_users[0].name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}
