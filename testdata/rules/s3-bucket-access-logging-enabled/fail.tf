resource "aws_s3_bucket" "unlogged" { # expect: s3-bucket-access-logging-enabled
  bucket = "unlogged"
}

# Logging is configured, but for a different bucket.
resource "aws_s3_bucket" "neighbour" { # expect: s3-bucket-access-logging-enabled
  bucket = "neighbour"
}

resource "aws_s3_bucket" "replicas" { # expect: s3-bucket-access-logging-enabled
  count  = 2
  bucket = "replica-${count.index}"
}
