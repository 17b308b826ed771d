resource "aws_s3_bucket" "this" { # expect: s3-bucket-encrypted-with-kms
  bucket = "acme-store"
}

output "bucket_id" {
  value = aws_s3_bucket.this.id
}
