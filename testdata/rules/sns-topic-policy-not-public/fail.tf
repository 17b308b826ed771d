resource "aws_sns_topic_policy" "jsonencoded_star" {
  arn = "arn:aws:sns:eu-west-1:111122223333:alerts"
  policy = jsonencode({ # expect: sns-topic-policy-not-public
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "*"
    }]
  })
}

locals {
  heredoc_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Sid": "DenyInsecure", "Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*",
         "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
        {"Sid": "Everyone", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]},
         "Action": ["sns:Publish"], "Resource": "*"}
      ]
    }
  EOT
}

resource "aws_sns_topic_policy" "heredoc_aws_star" {
  arn = "arn:aws:sns:eu-west-1:111122223333:alerts"
  policy = local.heredoc_policy # expect: sns-topic-policy-not-public
}

# Rendered before apply: the principal "*" type renders as Principal "*".
data "aws_iam_policy_document" "sns_everyone" {
  statement {
    actions   = ["sns:Publish"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    # Requiring TLS does not narrow who may call.
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_sns_topic_policy" "from_document" {
  arn = "arn:aws:sns:eu-west-1:111122223333:alerts"
  policy = data.aws_iam_policy_document.sns_everyone.json # expect: sns-topic-policy-not-public
}

variable "sns_policy" {
  type    = string
  default = "{\"Statement\": {\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"sns:Publish\", \"Resource\": \"*\"}}"
}

# Allow with NotPrincipal: everyone but the named account.
resource "aws_sns_topic_policy" "not_principal" {
  arn = "arn:aws:sns:eu-west-1:111122223333:alerts"
  policy = var.sns_policy # expect: sns-topic-policy-not-public
}

# The policy argument of the resource itself.
resource "aws_sns_topic" "inline_policy" {
  name = "inline-alerts-${each.key}"
  for_each = toset(["a", "b"])
  policy = jsonencode({ # expect: sns-topic-policy-not-public
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sns:Publish", Resource = "*" }]
  })
}
