resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

resource "aws_iam_role" "audience_only" {
  name = "deploy-audience-only"
  assume_role_policy = jsonencode({ # expect: github-oidc-trust-limits-repositories
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
      }
    }]
  })
}

locals {
  open_trust = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}
      }]
    }
  EOT
}

resource "aws_iam_role" "no_condition_literal_provider" {
  name               = "deploy-open"
  assume_role_policy = local.open_trust # expect: github-oidc-trust-limits-repositories
}

variable "allowed_subjects" {
  type    = list(string)
  default = ["repo:*"]
}

resource "aws_iam_role" "wildcard_owner" {
  name = "deploy-any-owner"
  assume_role_policy = jsonencode({ # expect: github-oidc-trust-limits-repositories
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = var.allowed_subjects }
      }
    }]
  })
}

data "aws_iam_policy_document" "github_any_repo" { # expect: github-oidc-trust-limits-repositories
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme/infra:*", "*"]
    }
  }
}

resource "aws_iam_role" "from_document" {
  name               = "deploy-document"
  assume_role_policy = data.aws_iam_policy_document.github_any_repo.json
}
