# Parity fixture for the identity rules: the linter must give the same findings on this
# configuration and on plan.json. plan.json is what `terraform show -json PLANFILE` prints for
# a first `terraform plan` of this directory (Terraform 1.11.4, AWS provider 5.100.0), in
# Terraform's documented JSON output format. AWS resources cannot be planned offline as they
# stand (the provider checks its credentials first), so the plan was made with a throwaway
# override file giving the provider dummy credentials and skip_* settings; those provider
# arguments were removed again from plan.json's configuration.provider_config.
# ../regenerate.sh does all this.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

# The default is below the benchmark's 14 characters: the policy fails through the variable.
variable "min_password_length" {
  type    = number
  default = 12
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = var.min_password_length
  password_reuse_prevention      = 24
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_symbols                = true
  allow_users_to_change_password = true
}

resource "aws_iam_policy" "admin" {
  name = "break-glass-admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_policy" "read_reports" {
  name = "read-reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"]
    }]
  })
}

resource "aws_iam_role" "open_trust" {
  name = "open-trust"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" } }]
  })
}

resource "aws_iam_role" "lambda" {
  name = "report-builder"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
  tags = {
    Owner       = "analytics"
    Environment = "production"
  }
}

# The role's id is known only after apply; the policy itself is known and grants "*" on "*".
resource "aws_iam_role_policy" "lambda_admin" {
  name = "everything"
  role = aws_iam_role.lambda.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["*"], Resource = ["*"] }]
  })
}

resource "aws_iam_user" "team" {
  for_each = toset(["alice", "bob"])
  name     = each.key
}

resource "aws_iam_group" "readers" {
  name = "readers"
}

resource "aws_iam_group_policy_attachment" "readers" {
  group      = aws_iam_group.readers.name
  policy_arn = aws_iam_policy.read_reports.arn
}

# One attachment per user, straight to the user.
resource "aws_iam_user_policy_attachment" "team" {
  for_each   = aws_iam_user.team
  user       = each.value.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# Only the first key is active.
resource "aws_iam_access_key" "ci" {
  count  = 2
  user   = aws_iam_user.team["alice"].name
  status = count.index == 0 ? "Active" : "Inactive"
}
