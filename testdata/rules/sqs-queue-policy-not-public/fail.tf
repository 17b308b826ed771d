resource "aws_sqs_queue_policy" "jsonencoded_star" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs"
  policy = jsonencode({ # expect: sqs-queue-policy-not-public
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
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
         "Action": ["sqs:SendMessage"], "Resource": "*"}
      ]
    }
  EOT
}

resource "aws_sqs_queue_policy" "heredoc_aws_star" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs"
  policy = local.heredoc_policy # expect: sqs-queue-policy-not-public
}

# Rendered before apply: the principal "*" type renders as Principal "*".
data "aws_iam_policy_document" "sqs_everyone" {
  statement {
    actions   = ["sqs:SendMessage"]
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

resource "aws_sqs_queue_policy" "from_document" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs"
  policy = data.aws_iam_policy_document.sqs_everyone.json # expect: sqs-queue-policy-not-public
}

variable "sqs_policy" {
  type    = string
  default = "{\"Statement\": {\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"sqs:SendMessage\", \"Resource\": \"*\"}}"
}

# Allow with NotPrincipal: everyone but the named account.
resource "aws_sqs_queue_policy" "not_principal" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs"
  policy = var.sqs_policy # expect: sqs-queue-policy-not-public
}

# The policy argument of the resource itself.
resource "aws_sqs_queue" "inline_policy" {
  name = "inline-jobs-${each.key}"
  for_each = toset(["a", "b"])
  policy = jsonencode({ # expect: sqs-queue-policy-not-public
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sqs:SendMessage", Resource = "*" }]
  })
}
