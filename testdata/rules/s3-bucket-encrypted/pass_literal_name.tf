# The encryption resource names its bucket literally instead of through a reference: the
# bucket called "acme-reports" is the one it encrypts.
resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  bucket = "acme-reports"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
