variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" { # expect: s3-bucket-versioning-enabled
  bucket = var.name
}

output "bucket_id" {
  value = aws_s3_bucket.this.id
}
