# No default encryption declared: S3 applies SSE-S3, not a customer managed key.
resource "aws_s3_bucket" "plain" { # expect: s3-bucket-encrypted-with-kms
  bucket = "acme-plain"
}

# SSE-S3 declared explicitly.
resource "aws_s3_bucket" "sse_s3" { # expect: s3-bucket-encrypted-with-kms
  bucket = "acme-sse-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# SSE-KMS with the AWS managed key (no key named).
resource "aws_s3_bucket" "aws_managed" { # expect: s3-bucket-encrypted-with-kms
  bucket = "acme-aws-managed"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "aws_managed" {
  bucket = aws_s3_bucket.aws_managed.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = true
  }
}

# A KMS key is named, but for another rule entry than the default one: only
# apply_server_side_encryption_by_default counts.
resource "aws_s3_bucket" "no_default" { # expect: s3-bucket-encrypted-with-kms
  bucket = "acme-no-default"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "no_default" {
  bucket = aws_s3_bucket.no_default.bucket
  rule {
    bucket_key_enabled = true
  }
}

# Provider v3 inline block with SSE-S3.
resource "aws_s3_bucket" "inline_aes" {
  bucket = "acme-inline-aes"
  server_side_encryption_configuration { # expect: s3-bucket-encrypted-with-kms
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

# SSE-KMS naming the AWS managed key by its alias.
resource "aws_s3_bucket" "aws_alias" { # expect: s3-bucket-encrypted-with-kms
  bucket = "acme-aws-alias"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "aws_alias" {
  bucket = aws_s3_bucket.aws_alias.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/aws/s3"
    }
  }
}
