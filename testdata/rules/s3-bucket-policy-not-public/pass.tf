resource "aws_s3_bucket_policy" "source_arn_condition" {
  bucket = "acme-site"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "*"
      Condition = { ArnLike = { "AWS:SourceArn" = "arn:aws:s3:::acme-uploads" } }
    }]
  })
}

resource "aws_s3_bucket_policy" "org_condition" {
  bucket = "acme-site"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["s3:GetObject"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_s3_bucket_policy" "named_account" {
  bucket = "acme-site"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "s3:GetObject", Resource = "*" },
      { Effect = "Allow", Principal = { Service = "cloudtrail.amazonaws.com" }, Action = "s3:GetObject", Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

resource "aws_iam_role" "s3_reader" {
  name               = "s3-reader"
  assume_role_policy = "{}"
}

# The role's ARN is known only after apply: undecided, not a finding.
resource "aws_s3_bucket_policy" "computed_principal" {
  bucket = "acme-site"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.s3_reader.arn }, Action = "s3:GetObject", Resource = "*" }]
  })
}

variable "s3_supplied_policy" {
  type = string
}

resource "aws_s3_bucket_policy" "policy_from_caller" {
  bucket = "acme-site"
  policy = var.s3_supplied_policy
}

resource "aws_s3_bucket_policy" "disabled" {
  bucket = "acme-site"
  count = 0
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }] })
}

# No policy argument at all.
resource "aws_s3_bucket" "no_policy" {
  bucket = "acme-legacy"
}
