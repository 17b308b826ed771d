resource "aws_s3_bucket" "single_copy" { # expect: s3-bucket-replicated
  bucket = "acme-single-copy"
}

# Replicated into a bucket this configuration does not manage: the destination named here is
# someone else's, and the bucket below has no replication of its own.
resource "aws_s3_bucket" "other" { # expect: s3-bucket-replicated
  bucket = "acme-other"
}

resource "aws_s3_bucket_replication_configuration" "elsewhere" {
  role   = "arn:aws:iam::111122223333:role/replication"
  bucket = "acme-not-here"

  rule {
    id     = "all"
    status = "Enabled"

    destination {
      bucket = "arn:aws:s3:::acme-far-away"
    }
  }
}
