# Encryption exists for one key only: the other bucket instance is unencrypted.
resource "aws_s3_bucket" "partly" { # expect: s3-bucket-encrypted
  for_each = toset(["covered", "uncovered"])
  bucket   = each.key
}

resource "aws_s3_bucket_server_side_encryption_configuration" "partly" {
  bucket = aws_s3_bucket.partly["covered"].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
