# Created together only when their count is the same expression: a versioning whose count
# also depends on var.versioning may not exist, so the first bucket is undecided.
variable "create" { type = bool }
variable "versioning" { type = bool }
resource "aws_s3_bucket" "this" {
  count  = var.create ? 1 : 0
  bucket = "acme"
}
resource "aws_s3_bucket_versioning" "this" {
  count  = var.create && var.versioning ? 1 : 0
  bucket = aws_s3_bucket.this[0].id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket" "same" {
  count  = var.create ? 1 : 0
  bucket = "acme2"
}
resource "aws_s3_bucket_versioning" "same" {
  count  = var.create ? 1 : 0
  bucket = aws_s3_bucket.same[0].id
  versioning_configuration { status = "Enabled" }
}
