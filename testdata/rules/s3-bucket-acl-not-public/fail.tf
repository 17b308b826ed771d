resource "aws_s3_bucket" "website" {
  bucket = "acme-website"
}

resource "aws_s3_bucket_acl" "website" {
  bucket = aws_s3_bucket.website.id
  acl    = "public-read" # expect: s3-bucket-acl-not-public
}

resource "aws_s3_bucket" "legacy_inline" {
  bucket = "acme-legacy"
  acl    = "public-read-write" # expect: s3-bucket-acl-not-public
}

resource "aws_s3_bucket" "grants" {
  bucket = "acme-grants"
}

resource "aws_s3_bucket_acl" "grants" { # expect: s3-bucket-acl-not-public
  bucket = aws_s3_bucket.grants.id

  access_control_policy {
    grant {
      grantee {
        id   = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }

    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }

    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}

variable "bucket_acl" {
  default = "authenticated-read"
}

resource "aws_s3_bucket_acl" "from_variable" {
  bucket = "acme-shared"
  acl    = var.bucket_acl # expect: s3-bucket-acl-not-public
}

resource "aws_s3_bucket" "legacy_grant" { # expect: s3-bucket-acl-not-public
  bucket = "acme-legacy-grant"

  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
    permissions = ["READ"]
  }
}
