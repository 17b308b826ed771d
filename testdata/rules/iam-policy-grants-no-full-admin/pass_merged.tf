# Merged documents whose wildcard statement is replaced before the policy is rendered, or
# whose rendering is not known.

data "aws_iam_policy_document" "deploy_scope" {
  statement {
    sid       = "Deploy"
    actions   = ["cloudformation:CreateStack", "cloudformation:UpdateStack"]
    resources = ["arn:aws:cloudformation:eu-west-1:111122223333:stack/app-*"]
  }
}

# The override document's statement with the same sid replaces the wildcard one.
data "aws_iam_policy_document" "deployer" {
  override_policy_documents = [data.aws_iam_policy_document.deploy_scope.json]

  statement {
    sid       = "Deploy"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "deployer" {
  name   = "deployer"
  role   = "deployer"
  policy = data.aws_iam_policy_document.deployer.json
}

# This document's own statement replaces the source_json statement with the same sid.
data "aws_iam_policy_document" "legacy_narrowed" {
  source_json = jsonencode({
    Statement = [{ Sid = "Operate", Effect = "Allow", Action = "*", Resource = "*" }]
  })

  statement {
    sid       = "Operate"
    actions   = ["ec2:DescribeInstances"]
    resources = ["*"]
  }
}

variable "team_policy" {
  type = string
}

# A source document known only at apply: the rendered policy is unknown.
data "aws_iam_policy_document" "team" {
  source_policy_documents = [var.team_policy]

  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::team/*"]
  }
}

resource "aws_iam_policy" "team" {
  name   = "team"
  policy = data.aws_iam_policy_document.team.json
}

# Two source documents with the same sid: the provider refuses the document, so nothing is
# rendered to judge.
data "aws_iam_policy_document" "conflicting_sources" {
  source_policy_documents = [
    jsonencode({ Statement = [{ Sid = "Ops", Effect = "Allow", Action = "*", Resource = "*" }] }),
    jsonencode({ Statement = [{ Sid = "Ops", Effect = "Allow", Action = "ec2:*", Resource = "*" }] }),
  ]
}
