resource "aws_iam_policy" "named_roles" {
  name = "deployer-assume-named"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "sts:AssumeRole"
      Resource = ["arn:aws:iam::111122223333:role/deploy/*", "arn:aws:iam::444455556666:role/terraform"]
    }]
  })
}

resource "aws_iam_policy" "tagged_roles" {
  name = "assume-tagged"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Resource  = "*"
      Condition = { StringEquals = { "aws:ResourceTag/team" = "platform" } }
    }]
  })
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "identity_other_sts" {
  statement {
    actions   = ["sts:GetCallerIdentity", "sts:AssumeRoleWithWebIdentity"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "role_reference" {
  name               = "reader"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role_policy" "reference" {
  name = "assume-one"
  role = aws_iam_role.role_reference.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Resource = aws_iam_role.role_reference.arn }]
  })
}
