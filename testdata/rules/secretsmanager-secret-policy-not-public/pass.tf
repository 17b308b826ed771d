resource "aws_secretsmanager_secret_policy" "source_arn_condition" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
      Condition = { ArnLike = { "AWS:SourceArn" = "arn:aws:s3:::acme-uploads" } }
    }]
  })
}

resource "aws_secretsmanager_secret_policy" "org_condition" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["secretsmanager:GetSecretValue"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_secretsmanager_secret_policy" "named_account" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "secretsmanager:GetSecretValue", Resource = "*" },
      { Effect = "Allow", Principal = { Service = "cloudtrail.amazonaws.com" }, Action = "secretsmanager:GetSecretValue", Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

resource "aws_iam_role" "secretsmanager_reader" {
  name               = "secretsmanager-reader"
  assume_role_policy = "{}"
}

# The role's ARN is known only after apply: undecided, not a finding.
resource "aws_secretsmanager_secret_policy" "computed_principal" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.secretsmanager_reader.arn }, Action = "secretsmanager:GetSecretValue", Resource = "*" }]
  })
}

variable "secretsmanager_supplied_policy" {
  type = string
}

resource "aws_secretsmanager_secret_policy" "policy_from_caller" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  policy = var.secretsmanager_supplied_policy
}

resource "aws_secretsmanager_secret_policy" "disabled" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  count = 0
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "secretsmanager:GetSecretValue", Resource = "*" }] })
}

# No policy argument at all.
resource "aws_secretsmanager_secret" "no_policy" {
  name = "inline-secret"
}
