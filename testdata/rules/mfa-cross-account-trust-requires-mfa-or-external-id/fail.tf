resource "aws_iam_role" "partner_root" {
  name = "partner-root"
  assume_role_policy = jsonencode({ # expect: mfa-cross-account-trust-requires-mfa-or-external-id
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
    }]
  })
}

locals {
  bare_account_trust = <<-EOT
    {
      "Statement": [{
        "Effect": "Allow",
        "Action": ["sts:AssumeRole", "sts:TagSession"],
        "Principal": {"AWS": ["777788889999"], "Service": "ec2.amazonaws.com"},
        "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}
      }]
    }
  EOT
}

# A bare account id in a list, an action list, and a condition that is not about MFA.
resource "aws_iam_role" "bare_account" {
  name               = "bare-account"
  assume_role_policy = local.bare_account_trust # expect: mfa-cross-account-trust-requires-mfa-or-external-id
}

variable "ops_accounts" {
  type    = list(string)
  default = ["arn:aws:iam::123456789012:role/ops", "arn:aws-us-gov:iam::210987654321:root"]
}

data "aws_iam_policy_document" "ops_trust" { # expect: mfa-cross-account-trust-requires-mfa-or-external-id
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = var.ops_accounts
    }
  }
}

resource "aws_iam_role" "ops" {
  for_each           = toset(["read", "write"])
  name               = "ops-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.ops_trust.json # expect: mfa-cross-account-trust-requires-mfa-or-external-id
}
