# A bucket, with Block Public Access unless the caller turns it off.
variable "name" {
  type = string
}

variable "block_public" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_public_access_block" "this" {
  count                   = var.block_public ? 1 : 0
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

output "id" {
  value = aws_s3_bucket.this.id
}
