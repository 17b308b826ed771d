resource "aws_iam_role" "people_with_mfa" {
  name = "people-with-mfa"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

resource "aws_iam_role" "vendor" {
  name = "vendor"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "777788889999" }
      Condition = { StringEquals = { "sts:ExternalId" = "acme-7f3a" } }
    }]
  })
}

data "aws_iam_policy_document" "recent_mfa" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:role/admins"]
    }
    condition {
      test     = "NumericLessThan"
      variable = "aws:MultiFactorAuthAge"
      values   = ["3600"]
    }
  }
}

data "aws_caller_identity" "current" {}

# Our own account, named through the caller identity: known only after apply, undecided.
resource "aws_iam_role" "own_account" {
  name = "own-account"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
    }]
  })
}

resource "aws_iam_role" "service" {
  name = "lambda"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# Federation: the identity provider enforces MFA.
data "aws_iam_policy_document" "github_oidc" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme/app:*"]
    }
  }
}

# An identity policy that lets a role assume roles elsewhere: no principal, not a trust policy.
data "aws_iam_policy_document" "assume_elsewhere" {
  statement {
    actions   = ["sts:AssumeRole"]
    resources = ["arn:aws:iam::444455556666:role/reader"]
  }
}

resource "aws_iam_role" "mfa_only" {
  name = "mfa-only"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = ["sts:AssumeRole"]
      Principal = { AWS = ["arn:aws:iam::444455556666:user/alice", "arn:aws:sts::444455556666:assumed-role/ops/alice"] }
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

resource "aws_iam_role" "deny_only" {
  name = "deny-only"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Deny", Action = "sts:AssumeRole", Principal = { AWS = "444455556666" } }]
  })
}
