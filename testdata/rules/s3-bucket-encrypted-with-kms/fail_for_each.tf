# KMS for one key of the for_each only: the other bucket gets SSE-S3.
variable "kms_key_arn" {
  type    = string
  default = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_s3_bucket" "partly" { # expect: s3-bucket-encrypted-with-kms
  for_each = toset(["covered", "uncovered"])
  bucket   = "acme-${each.key}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "partly" {
  bucket = aws_s3_bucket.partly["covered"].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
  }
}
