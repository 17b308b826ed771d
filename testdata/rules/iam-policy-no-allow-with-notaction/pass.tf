resource "aws_iam_policy" "deny_guard_rail" {
  name = "deny-outside-regions"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      NotAction = ["iam:*", "sts:*", "cloudfront:*", "route53:*"]
      Resource  = "*"
      Condition = { StringNotEquals = { "aws:RequestedRegion" = ["eu-west-1"] } }
    }]
  })
}

resource "aws_iam_group_policy" "mfa_conditioned" {
  name  = "broad-with-mfa"
  group = "engineers"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = "iam:*"
      Resource  = "*"
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

resource "aws_iam_user_policy" "scoped_resource" {
  name = "reports-bucket"
  user = "reporter"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = "s3:DeleteObject*", Resource = "arn:aws:s3:::reports/*" }]
  })
}

data "aws_iam_policy_document" "listed_actions" {
  statement {
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
  }
  statement {
    effect      = "Deny"
    not_actions = ["s3:GetObject"]
    resources   = ["*"]
  }
}

variable "policy_json" {
  type = string
}

resource "aws_iam_policy" "unknown" {
  name   = "from-variable"
  policy = var.policy_json
}
