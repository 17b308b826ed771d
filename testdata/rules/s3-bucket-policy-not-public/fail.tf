resource "aws_s3_bucket_policy" "jsonencoded_star" {
  bucket = "acme-site"
  policy = jsonencode({ # expect: s3-bucket-policy-not-public
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
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
         "Action": ["s3:GetObject"], "Resource": "*"}
      ]
    }
  EOT
}

resource "aws_s3_bucket_policy" "heredoc_aws_star" {
  bucket = "acme-site"
  policy = local.heredoc_policy # expect: s3-bucket-policy-not-public
}

# Rendered before apply: the principal "*" type renders as Principal "*".
data "aws_iam_policy_document" "s3_everyone" {
  statement {
    actions   = ["s3:GetObject"]
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

resource "aws_s3_bucket_policy" "from_document" {
  bucket = "acme-site"
  policy = data.aws_iam_policy_document.s3_everyone.json # expect: s3-bucket-policy-not-public
}

variable "s3_policy" {
  type    = string
  default = "{\"Statement\": {\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}"
}

# Allow with NotPrincipal: everyone but the named account.
resource "aws_s3_bucket_policy" "not_principal" {
  bucket = "acme-site"
  policy = var.s3_policy # expect: s3-bucket-policy-not-public
}

# The policy argument of the resource itself.
resource "aws_s3_bucket" "inline_policy" {
  bucket = "acme-legacy-${each.key}"
  for_each = toset(["a", "b"])
  policy = jsonencode({ # expect: s3-bucket-policy-not-public
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "s3:GetObject", Resource = "*" }]
  })
}
