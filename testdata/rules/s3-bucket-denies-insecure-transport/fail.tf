resource "aws_s3_bucket" "no_policy" { # expect: s3-bucket-denies-insecure-transport
  bucket = "acme-no-policy"
}

# A TLS-version condition does not match requests made without TLS.
resource "aws_s3_bucket" "tls_version_only" { # expect: s3-bucket-denies-insecure-transport
  bucket = "acme-tls-version"
}

resource "aws_s3_bucket_policy" "tls_version_only" {
  bucket = aws_s3_bucket.tls_version_only.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyOldTls"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::acme-tls-version", "arn:aws:s3:::acme-tls-version/*"]
      Condition = { NumericLessThan = { "s3:TlsVersion" = "1.2" } }
    }]
  })
}

# The condition says true: this allows rather than denies HTTPS.
data "aws_iam_policy_document" "wrong_value" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::acme-wrong-value/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_s3_bucket" "wrong_value" { # expect: s3-bucket-denies-insecure-transport
  bucket = "acme-wrong-value"
}

resource "aws_s3_bucket_policy" "wrong_value" {
  bucket = aws_s3_bucket.wrong_value.id
  policy = data.aws_iam_policy_document.wrong_value.json
}

# Denying insecure transport to one named principal leaves everyone else on HTTP.
resource "aws_s3_bucket" "named_principal" {
  bucket = "acme-named-principal"
  policy = jsonencode({ # expect: s3-bucket-denies-insecure-transport
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::acme-named-principal/*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

module "bucket" {
  source = "./mod"
  name   = "acme-module-bucket"
}
