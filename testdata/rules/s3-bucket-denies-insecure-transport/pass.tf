variable "buckets" {
  type    = set(string)
  default = ["acme-a", "acme-b"]
}

variable "external_policy" {
  type = string
}

# Split policy as a policy document, among other statements.
data "aws_iam_policy_document" "secure" {
  statement {
    sid       = "AllowRead"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-secure/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/reader"]
    }
  }

  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::acme-secure", "arn:aws:s3:::acme-secure/*"]
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

resource "aws_s3_bucket" "secure" {
  bucket = "acme-secure"
}

resource "aws_s3_bucket_policy" "secure" {
  bucket = aws_s3_bucket.secure.id
  policy = data.aws_iam_policy_document.secure.json
}

# One policy per bucket, repeated over the same for_each.
resource "aws_s3_bucket" "many" {
  for_each = var.buckets
  bucket   = each.key
}

resource "aws_s3_bucket_policy" "many" {
  for_each = aws_s3_bucket.many
  bucket   = each.value.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::${each.key}", "arn:aws:s3:::${each.key}/*"]
      Condition = { BoolIfExists = { "aws:SecureTransport" = false } }
    }
  })
}

# Legacy inline policy, as a heredoc.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Deny",
          "Principal": "*",
          "Action": "s3:*",
          "Resource": ["arn:aws:s3:::acme-legacy", "arn:aws:s3:::acme-legacy/*"],
          "Condition": {"Bool": {"aws:SecureTransport": ["false"]}}
        }
      ]
    }
  JSON
}

# The policy is only known after apply: undecided.
resource "aws_s3_bucket" "external" {
  bucket = "acme-external"
}

resource "aws_s3_bucket_policy" "external" {
  bucket = aws_s3_bucket.external.id
  policy = var.external_policy
}
