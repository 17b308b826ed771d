# Both sides keyed by the same for_each: each bucket has its own encryption resource.
variable "buckets" {
  type    = set(string)
  default = ["logs", "media"]
}

resource "aws_s3_bucket" "keyed" {
  for_each = var.buckets
  bucket   = "acme-${each.key}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "keyed" {
  for_each = aws_s3_bucket.keyed
  bucket   = aws_s3_bucket.keyed[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

# count on both sides, picked by index.
resource "aws_s3_bucket" "counted" {
  count  = 2
  bucket = "acme-${count.index}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "counted" {
  count  = 2
  bucket = aws_s3_bucket.counted[count.index].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
