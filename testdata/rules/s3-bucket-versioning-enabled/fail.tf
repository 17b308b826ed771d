resource "aws_s3_bucket" "unversioned" { # expect: s3-bucket-versioning-enabled
  bucket = "unversioned"
}

resource "aws_s3_bucket" "inline_disabled" {
  bucket = "inline-disabled"

  versioning { # expect: s3-bucket-versioning-enabled
    enabled = false
  }
}

resource "aws_s3_bucket" "per_team" { # expect: s3-bucket-versioning-enabled
  for_each = toset(["analytics", "finance"])
  bucket   = "team-${each.key}"
}

# Versioning configured for another bucket does not count for this one.
resource "aws_s3_bucket" "neighbour" { # expect: s3-bucket-versioning-enabled
  bucket = "neighbour"
}

resource "aws_s3_bucket" "versioned_other" {
  bucket = "versioned-other"
}

resource "aws_s3_bucket_versioning" "versioned_other" {
  bucket = aws_s3_bucket.versioned_other.id
  versioning_configuration {
    status = "Enabled"
  }
}
