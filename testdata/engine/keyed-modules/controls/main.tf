variable "cfg" {}
resource "aws_s3_bucket_versioning" "this" {
  bucket = var.cfg.bucket
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_logging" "this" {
  bucket = var.cfg["bucket"]
  target_bucket = var.cfg["log"]
}
