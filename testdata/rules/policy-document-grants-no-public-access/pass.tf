resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

data "aws_iam_policy_document" "deny_insecure" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.logs.arn, "${aws_s3_bucket.logs.arn}/*"]
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
}

data "aws_iam_policy_document" "service_delivery" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.logs.arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["logging.s3.amazonaws.com"]
    }
  }
  # A wildcard principal narrowed to the organisation (key written in another case).
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.logs.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "AWS:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

data "aws_iam_policy_document" "sns_from_bucket" {
  statement {
    actions   = ["sns:Publish"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = [aws_s3_bucket.logs.arn]
    }
  }
}

# Identity policy: no principals at all.
data "aws_iam_policy_document" "identity" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

# Trust statements are IAM005's concern.
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole", "sts:TagSession"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

variable "reader_arns" {
  type = list(string)
}

data "aws_iam_policy_document" "caller_principals" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = var.reader_arns
    }
  }
}

# The override document replaces the public statement with a narrow one of the same sid.
data "aws_iam_policy_document" "narrowed" {
  override_policy_documents = [jsonencode({
    Statement = [{ Sid = "Read", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "s3:GetObject", Resource = "*" }]
  })]

  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
