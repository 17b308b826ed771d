resource "aws_s3_bucket" "source" {
  bucket = "acme-source"
}

resource "aws_s3_bucket" "replica" {
  provider = aws.dr
  bucket   = "acme-replica"
}

provider "aws" {
  alias  = "dr"
  region = "eu-central-1"
}

# The source is copied, the replica is the copy: both pass. The destination is written in a
# nested block, and found through it.
resource "aws_s3_bucket_replication_configuration" "source" {
  role   = "arn:aws:iam::111122223333:role/replication"
  bucket = aws_s3_bucket.source.id

  rule {
    id     = "all"
    status = "Enabled"

    destination {
      bucket        = aws_s3_bucket.replica.arn
      storage_class = "STANDARD_IA"
    }
  }
}

# Provider v3 wrote replication inline.
resource "aws_s3_bucket" "inline" {
  bucket = "acme-inline"

  replication_configuration {
    role = "arn:aws:iam::111122223333:role/replication"

    rules {
      status = "Enabled"

      destination {
        bucket = "arn:aws:s3:::acme-inline-replica"
      }
    }
  }
}

variable "buckets" {
  type    = set(string)
  default = ["a", "b"]
}

resource "aws_s3_bucket" "each" {
  for_each = var.buckets
  bucket   = "acme-each-${each.key}"
}

resource "aws_s3_bucket_replication_configuration" "each" {
  for_each = aws_s3_bucket.each
  role     = "arn:aws:iam::111122223333:role/replication"
  bucket   = each.value.id

  rule {
    id     = "all"
    status = "Enabled"

    destination {
      bucket = "arn:aws:s3:::acme-each-replica-${each.key}"
    }
  }
}
