# Whether the encryption resource exists is unknown before apply: no finding either way.
variable "create_encryption" {
  type = bool
}

resource "aws_s3_bucket" "maybe" {
  bucket = "acme-maybe"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "maybe" {
  count  = var.create_encryption ? 1 : 0
  bucket = aws_s3_bucket.maybe.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:alias/acme-data"
    }
  }
}
