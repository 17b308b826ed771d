resource "aws_sns_topic_policy" "source_arn_condition" {
  arn = "arn:aws:sns:eu-west-1:111122223333:alerts"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "*"
      Condition = { ArnLike = { "AWS:SourceArn" = "arn:aws:s3:::acme-uploads" } }
    }]
  })
}

resource "aws_sns_topic_policy" "org_condition" {
  arn = "arn:aws:sns:eu-west-1:111122223333:alerts"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sns:Publish"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_sns_topic_policy" "named_account" {
  arn = "arn:aws:sns:eu-west-1:111122223333:alerts"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "sns:Publish", Resource = "*" },
      { Effect = "Allow", Principal = { Service = "cloudtrail.amazonaws.com" }, Action = "sns:Publish", Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

resource "aws_iam_role" "sns_reader" {
  name               = "sns-reader"
  assume_role_policy = "{}"
}

# The role's ARN is known only after apply: undecided, not a finding.
resource "aws_sns_topic_policy" "computed_principal" {
  arn = "arn:aws:sns:eu-west-1:111122223333:alerts"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.sns_reader.arn }, Action = "sns:Publish", Resource = "*" }]
  })
}

variable "sns_supplied_policy" {
  type = string
}

resource "aws_sns_topic_policy" "policy_from_caller" {
  arn = "arn:aws:sns:eu-west-1:111122223333:alerts"
  policy = var.sns_supplied_policy
}

resource "aws_sns_topic_policy" "disabled" {
  arn = "arn:aws:sns:eu-west-1:111122223333:alerts"
  count = 0
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sns:Publish", Resource = "*" }] })
}

# No policy argument at all.
resource "aws_sns_topic" "no_policy" {
  name = "inline-alerts"
}
