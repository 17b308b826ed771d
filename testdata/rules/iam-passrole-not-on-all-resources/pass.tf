resource "aws_iam_role_policy" "scoped_roles" {
  name = "scoped"
  role = "deployer"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::111122223333:role/app-*" }]
  })
}

resource "aws_iam_role_policy" "to_one_service" {
  name = "to-ecs"
  role = "deployer"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "iam:PassRole"
      Resource  = "*"
      Condition = { StringEquals = { "iam:PassedToService" = "ecs-tasks.amazonaws.com" } }
    }]
  })
}

data "aws_iam_policy_document" "to_lambda" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["lambda.amazonaws.com"]
    }
  }
  statement {
    effect    = "Deny"
    actions   = ["iam:PassRole"]
    resources = ["*"]
  }
}

# iam:Get* and iam:List* do not cover PassRole; "*" is IAM001's concern.
resource "aws_iam_policy" "read_iam" {
  name   = "read-iam"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["iam:Get*", "iam:List*"], Resource = "*" }] })
}

resource "aws_iam_policy" "admin" {
  name   = "admin"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = "{}"
}

# The role ARN is known only after apply: undecided.
resource "aws_iam_role_policy" "computed_role" {
  name = "computed"
  role = "deployer"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = aws_iam_role.app.arn }]
  })
}
