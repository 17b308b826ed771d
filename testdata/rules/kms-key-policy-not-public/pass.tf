resource "aws_kms_key_policy" "source_arn_condition" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "kms:Decrypt"
      Resource  = "*"
      Condition = { ArnLike = { "AWS:SourceArn" = "arn:aws:s3:::acme-uploads" } }
    }]
  })
}

resource "aws_kms_key_policy" "org_condition" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["kms:Decrypt"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_kms_key_policy" "named_account" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "kms:Decrypt", Resource = "*" },
      { Effect = "Allow", Principal = { Service = "cloudtrail.amazonaws.com" }, Action = "kms:Decrypt", Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

resource "aws_iam_role" "kms_reader" {
  name               = "kms-reader"
  assume_role_policy = "{}"
}

# The role's ARN is known only after apply: undecided, not a finding.
resource "aws_kms_key_policy" "computed_principal" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.kms_reader.arn }, Action = "kms:Decrypt", Resource = "*" }]
  })
}

variable "kms_supplied_policy" {
  type = string
}

resource "aws_kms_key_policy" "policy_from_caller" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  policy = var.kms_supplied_policy
}

resource "aws_kms_key_policy" "disabled" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  count = 0
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:Decrypt", Resource = "*" }] })
}

# No policy argument at all.
resource "aws_kms_key" "no_policy" {
  description = "inline key policy"
}
