variable "bucket_name" {
  default = "audit-logs"
}

resource "aws_s3_bucket" "no_encryption" { # expect: s3-bucket-encrypted
  bucket = var.bucket_name
}

# Encryption configured for a different bucket does not count for this one.
resource "aws_s3_bucket" "other" { # expect: s3-bucket-encrypted
  bucket = "other"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "for_someone_else" {
  bucket = aws_s3_bucket.encrypted_split.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket" "each" { # expect: s3-bucket-encrypted
  for_each = toset(["a", "b"])
  bucket   = each.key
}
