resource "aws_iam_user_policy" "inline" { # expect: iam-users-get-permissions-through-groups
  name   = "inline"
  user   = "alice"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:ListBucket", Resource = "*" }] })
}

resource "aws_iam_user_policy_attachment" "attached" { # expect: iam-users-get-permissions-through-groups
  user       = aws_iam_user.bob.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "exclusive" { # expect: iam-users-get-permissions-through-groups
  name       = "exclusive"
  users      = ["carol"]
  groups     = ["readers"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
