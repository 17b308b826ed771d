# A literal name that is not this bucket's does not encrypt it.
resource "aws_s3_bucket" "quarterly" { # expect: s3-bucket-encrypted
  bucket = "acme-quarterly"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "other" {
  bucket = "acme-other-quarterly"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
