resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

# The resources are known only after apply, but the principal is "*" wherever it is used.
data "aws_iam_policy_document" "public_read" { # expect: policy-document-grants-no-public-access
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.site.arn, "${aws_s3_bucket.site.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.site.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root", "*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

data "aws_iam_policy_document" "everyone_but_one" { # expect: policy-document-grants-no-public-access
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}

variable "queues" {
  type    = map(string)
  default = { jobs = "arn:aws:sqs:eu-west-1:111122223333:jobs" }
}

data "aws_iam_policy_document" "per_queue" { # expect: policy-document-grants-no-public-access
  for_each = var.queues
  dynamic "statement" {
    for_each = ["sqs:SendMessage", "sqs:ReceiveMessage"]
    content {
      actions   = [statement.value]
      resources = [each.value]
      principals {
        type        = "*"
        identifiers = ["*"]
      }
    }
  }
}

# The public statement arrives through a source document.
data "aws_iam_policy_document" "merged" { # expect: policy-document-grants-no-public-access
  source_policy_documents = [jsonencode({
    Statement = [{ Sid = "Open", Effect = "Allow", Principal = { AWS = "*" }, Action = "sns:Publish", Resource = "*" }]
  })]

  statement {
    sid       = "Owner"
    actions   = ["sns:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}
