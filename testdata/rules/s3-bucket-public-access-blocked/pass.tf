variable "block_public" {
  type = bool
}

resource "aws_s3_bucket" "blocked" {
  bucket = "blocked"
}

resource "aws_s3_bucket_public_access_block" "blocked" {
  bucket                  = aws_s3_bucket.blocked.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "indexed" {
  count  = 1
  bucket = "indexed"
}

resource "aws_s3_bucket_public_access_block" "indexed" {
  count                   = 1
  bucket                  = aws_s3_bucket.indexed[count.index].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "unknown_settings" {
  bucket = "unknown-settings"
}

resource "aws_s3_bucket_public_access_block" "unknown_settings" {
  bucket                  = aws_s3_bucket.unknown_settings.id
  block_public_acls       = var.block_public
  block_public_policy     = var.block_public
  ignore_public_acls      = var.block_public
  restrict_public_buckets = var.block_public
}
