resource "aws_ecr_repository_policy" "source_arn_condition" {
  repository = "app"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "ecr:BatchGetImage"
      Resource  = "*"
      Condition = { ArnLike = { "AWS:SourceArn" = "arn:aws:s3:::acme-uploads" } }
    }]
  })
}

resource "aws_ecr_repository_policy" "org_condition" {
  repository = "app"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["ecr:BatchGetImage"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_ecr_repository_policy" "named_account" {
  repository = "app"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "ecr:BatchGetImage", Resource = "*" },
      { Effect = "Allow", Principal = { Service = "cloudtrail.amazonaws.com" }, Action = "ecr:BatchGetImage", Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

resource "aws_iam_role" "ecr_reader" {
  name               = "ecr-reader"
  assume_role_policy = "{}"
}

# The role's ARN is known only after apply: undecided, not a finding.
resource "aws_ecr_repository_policy" "computed_principal" {
  repository = "app"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.ecr_reader.arn }, Action = "ecr:BatchGetImage", Resource = "*" }]
  })
}

variable "ecr_supplied_policy" {
  type = string
}

resource "aws_ecr_repository_policy" "policy_from_caller" {
  repository = "app"
  policy     = var.ecr_supplied_policy
}

resource "aws_ecr_repository_policy" "disabled" {
  repository = "app"
  count      = 0
  policy     = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "ecr:BatchGetImage", Resource = "*" }] })
}
