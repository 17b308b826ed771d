variable "name" {
  type = string
}

variable "deny_insecure_transport" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "this" { # expect: s3-bucket-denies-insecure-transport
  bucket = var.name
}

resource "aws_s3_bucket_policy" "this" {
  count  = var.deny_insecure_transport ? 1 : 0
  bucket = aws_s3_bucket.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["${aws_s3_bucket.this.arn}", "${aws_s3_bucket.this.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
