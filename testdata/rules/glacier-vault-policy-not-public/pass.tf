resource "aws_glacier_vault" "source_arn_condition" {
  name = "archive"
  access_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "glacier:InitiateJob"
      Resource  = "*"
      Condition = { ArnLike = { "AWS:SourceArn" = "arn:aws:s3:::acme-uploads" } }
    }]
  })
}

resource "aws_glacier_vault" "org_condition" {
  name = "archive"
  access_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["glacier:InitiateJob"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_glacier_vault" "named_account" {
  name = "archive"
  access_policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "glacier:InitiateJob", Resource = "*" },
      { Effect = "Allow", Principal = { Service = "cloudtrail.amazonaws.com" }, Action = "glacier:InitiateJob", Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

resource "aws_iam_role" "glacier_reader" {
  name               = "glacier-reader"
  assume_role_policy = "{}"
}

# The role's ARN is known only after apply: undecided, not a finding.
resource "aws_glacier_vault" "computed_principal" {
  name = "archive"
  access_policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.glacier_reader.arn }, Action = "glacier:InitiateJob", Resource = "*" }]
  })
}

variable "glacier_supplied_policy" {
  type = string
}

resource "aws_glacier_vault" "policy_from_caller" {
  name = "archive"
  access_policy = var.glacier_supplied_policy
}

resource "aws_glacier_vault" "disabled" {
  name = "archive"
  count = 0
  access_policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "glacier:InitiateJob", Resource = "*" }] })
}
